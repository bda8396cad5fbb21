package fr.tierslieux.inclusion.importation;

/** Where an import stands: previewed, running, done, failed or given up. */
public enum StatutImport {

	APERCU, EN_COURS, TERMINE, ECHEC, ABANDONNE

}
