/**
 * Parcours co-built by a binôme: typologie, format, budget, public, dates and capacity.
 */
package fr.tierslieux.inclusion.parcours;
