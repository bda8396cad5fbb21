/**
 * T3, the bénéficiaire's progress: the criteria chosen with each person for a referral
 * and their ratings before, during and at the end of the parcours, as the person sees
 * them and as those who follow them do.
 */
package fr.tierslieux.inclusion.progression;
