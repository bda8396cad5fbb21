/** Ateliers: the sessions of a parcours, with date, hours, place and kind. */
package fr.tierslieux.inclusion.atelier;
