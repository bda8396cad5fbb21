package fr.tierslieux.inclusion.fichier;

/** What a file holds, hence which importer reads it. */
public enum TypeImport {

	REGIONS(true), DEPARTEMENTS(true), COMMUNES(true), AGENCES(false), TIERS_LIEUX_CGET(false),
	LIEUX_MEDIATION_NUMERIQUE(false),
	/** Any CSV list of places, read through a column mapping the user gives. */
	LIEUX_CSV(false),
	/** Pix results (a person, a competence, a level), read through a column mapping. */
	RESULTATS_PIX(false);

	private final boolean geographie;

	TypeImport(boolean geographie) {
		this.geographie = geographie;
	}

	/** The national geography: for administrators only, every région depends on it. */
	public boolean geographie() {
		return geographie;
	}

	public boolean avecCorrespondance() {
		return this == LIEUX_CSV || this == RESULTATS_PIX;
	}

}
