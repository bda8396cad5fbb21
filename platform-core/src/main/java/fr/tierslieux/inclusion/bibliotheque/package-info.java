/**
 * T4, sharing what worked: the library of published parcours, searched and taken up as
 * the starting canvas of another binôme.
 */
package fr.tierslieux.inclusion.bibliotheque;
