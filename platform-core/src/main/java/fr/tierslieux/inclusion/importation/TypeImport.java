package fr.tierslieux.inclusion.importation;

import fr.tierslieux.inclusion.compte.Role;

/** What a file holds, hence which importer reads it. */
public enum TypeImport {

	REGIONS(true), DEPARTEMENTS(true), COMMUNES(true), AGENCES(false), TIERS_LIEUX_CGET(false),
	LIEUX_MEDIATION_NUMERIQUE(false),
	/** Any CSV list of places, read through a column mapping the user gives. */
	LIEUX_CSV(false);

	/** The national geography is the admins' only: every region depends on it. */
	private final boolean geographie;

	TypeImport(boolean geographie) {
		this.geographie = geographie;
	}

	public boolean ouvertA(Role role) {
		return role == Role.ADMIN || (role == Role.COORDINATEUR && !geographie);
	}

	public boolean avecCorrespondance() {
		return this == LIEUX_CSV;
	}

}
