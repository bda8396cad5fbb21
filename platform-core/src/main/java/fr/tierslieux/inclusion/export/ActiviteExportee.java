package fr.tierslieux.inclusion.export;

/** What an export lists, one row per record. */
public enum ActiviteExportee {

	PARCOURS("parcours", false), ATELIERS("ateliers", false), PRESENCES("presences", true),
	ORIENTATIONS("orientations", true);

	private final String fichier;

	private final boolean personnes;

	ActiviteExportee(String fichier, boolean personnes) {
		this.fichier = fichier;
		this.personnes = personnes;
	}

	/** The file's base name. */
	public String fichier() {
		return fichier;
	}

	/** Whether its rows are about people (pseudonymised, or named on request). */
	public boolean personnes() {
		return personnes;
	}

}
