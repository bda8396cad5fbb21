/**
 * Bénéficiaires (job seekers) and their orientations to parcours, scoped to who may see
 * them.
 */
package fr.tierslieux.inclusion.beneficiaire;
