package fr.tierslieux.inclusion.budget;

/** How a convention follows the previous one with the same tiers-lieu. */
public enum LienConvention {

	RENOUVELLEMENT, ELARGISSEMENT

}
