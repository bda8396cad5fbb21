package fr.tierslieux.inclusion.fichier;

import java.util.Map;

/**
 * One row of a file, by column name.
 *
 * @param numero the line in the file (header = 1), or the object's rank in a JSON array
 */
public record Ligne(int numero, Map<String, String> valeurs) {

	/**
	 * The value, trimmed; null when the cell is empty or holds the literal {@code NULL}
	 * that database extracts write for a missing value.
	 */
	public String texte(String colonne) {
		String valeur = valeurs.get(colonne);
		if (valeur == null) {
			return null;
		}
		valeur = valeur.strip();
		return valeur.isEmpty() || valeur.equalsIgnoreCase("NULL") ? null : valeur;
	}

}
