package fr.tierslieux.inclusion.export;

/**
 * A column of an export: its heading and what its cells hold, so that a spreadsheet gets
 * numbers and dates, not text.
 */
public record Colonne(String titre, Nature nature) {

	public enum Nature {

		TEXTE, NOMBRE, DATE

	}

	static Colonne texte(String titre) {
		return new Colonne(titre, Nature.TEXTE);
	}

	static Colonne nombre(String titre) {
		return new Colonne(titre, Nature.NOMBRE);
	}

	static Colonne date(String titre) {
		return new Colonne(titre, Nature.DATE);
	}

}
