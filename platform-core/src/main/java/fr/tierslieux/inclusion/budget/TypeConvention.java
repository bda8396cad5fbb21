package fr.tierslieux.inclusion.budget;

/**
 * How France Travail contracts with a tiers-lieu (seed 002): a subvention (at most half
 * of the action's cost), a prestation (public procurement) or a cooperation without
 * money.
 */
public enum TypeConvention {

	SUBVENTION, PRESTATION, GRACIEUSE

}
