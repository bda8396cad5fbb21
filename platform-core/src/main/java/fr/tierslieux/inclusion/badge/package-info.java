/**
 * T3, valuing what people learnt: the Open Badges 3.0 a binôme defines for its parcours,
 * awarded by the tiers-lieu when a person meets their rules, signed by the platform
 * (VC-JWT), received without an account, verified by anyone and revoked through a status
 * list.
 */
package fr.tierslieux.inclusion.badge;
