package fr.tierslieux.inclusion.territoire;

/**
 * Kinds of rows of the INSEE commune file: a commune, an associated or delegated commune
 * (which reuse their parent's code), a municipal arrondissement (Paris, Lyon, Marseille).
 */
public enum TypeCommune {

	COM, COMA, COMD, ARM

}
