package fr.tierslieux.inclusion.fichier;

/**
 * One line of an import's report.
 *
 * @param ligne the line in the file (the header is line 1), or the object's rank in a
 * JSON array
 * @param champ the column at fault, if one is
 * @param valeur the value as read, if any
 * @param rejet true: the row was left out; false: kept, corrected as the motif says
 */
public record Probleme(int ligne, String champ, String valeur, String motif, boolean rejet) {

	static final int VALEUR_MAX = 200;

	public Probleme {
		if (valeur != null && valeur.length() > VALEUR_MAX) {
			valeur = valeur.substring(0, VALEUR_MAX - 1) + "…";
		}
	}

}
