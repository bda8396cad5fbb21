package fr.tierslieux.inclusion.beneficiaire;

/** Where a referral stands, from the counsellor's proposal to the end of the parcours. */
public enum OrientationStatut {

	PROPOSEE, ACCEPTEE, EN_LISTE_ATTENTE, REFUSEE, EN_PARCOURS, TERMINEE, ABANDON

}
