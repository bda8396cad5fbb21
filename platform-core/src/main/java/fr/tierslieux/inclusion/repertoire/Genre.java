package fr.tierslieux.inclusion.repertoire;

/** The two lists of the directory. */
public enum Genre {

	TIERS_LIEUX("tiers_lieu"), AGENCES("agence");

	private final String table;

	Genre(String table) {
		this.table = table;
	}

	String table() {
		return table;
	}

}
