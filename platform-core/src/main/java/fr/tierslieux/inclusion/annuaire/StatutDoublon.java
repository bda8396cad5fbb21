package fr.tierslieux.inclusion.annuaire;

/** A possible duplicate: still to look at, or dismissed (two places after all). */
public enum StatutDoublon {

	OUVERT, ECARTE

}
