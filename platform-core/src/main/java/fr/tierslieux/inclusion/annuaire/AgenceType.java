package fr.tierslieux.inclusion.annuaire;

/** Kinds of France Travail sites (ALE, DDA and DRA in the agency referential). */
public enum AgenceType {

	AGENCE_LOCALE, DIRECTION_TERRITORIALE, DIRECTION_REGIONALE

}
