/** The directory: agences France Travail and their directions, tiers-lieux, réseaux. */
package fr.tierslieux.inclusion.annuaire;
