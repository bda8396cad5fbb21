package fr.tierslieux.inclusion.administration;

/** Which change of a referral a reason explains. */
public enum GenreMotif {

	REFUS, ABANDON

}
