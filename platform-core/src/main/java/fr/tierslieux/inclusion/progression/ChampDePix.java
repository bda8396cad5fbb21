package fr.tierslieux.inclusion.progression;

/**
 * The fields of a CSV of Pix results, each from the column the user points to: the person
 * (by e-mail, or by name and first name), the competence and the level reached.
 */
public enum ChampDePix {

	NOM(false), PRENOM(false), EMAIL(false), COMPETENCE(true), NIVEAU(true), DATE(false);

	private final boolean obligatoire;

	ChampDePix(boolean obligatoire) {
		this.obligatoire = obligatoire;
	}

	public boolean obligatoire() {
		return obligatoire;
	}

}
