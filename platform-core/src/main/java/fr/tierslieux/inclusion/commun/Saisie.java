package fr.tierslieux.inclusion.commun;

/**
 * Cleans free text typed or sent by a user before it reaches a query: control characters
 * (PostgreSQL refuses NUL) are dropped, surrounding blanks removed, the length bounded.
 */
public final class Saisie {

	private Saisie() {
	}

	/** The text without control characters, stripped and cut at {@code longueurMax}. */
	public static String nettoyer(String texte, int longueurMax) {
		if (texte == null) {
			return "";
		}
		StringBuilder propre = new StringBuilder(Math.min(texte.length(), longueurMax));
		texte.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE && c != '\uFFFD')
			.forEach(propre::appendCodePoint);
		String resultat = propre.toString().strip();
		return resultat.length() <= longueurMax ? resultat : resultat.substring(0, longueurMax).strip();
	}

	/**
	 * A text typed in a text area: the same cleaning line by line, line breaks kept; null
	 * when nothing is left.
	 */
	public static String nettoyerParagraphes(String texte, int longueurMax) {
		if (texte == null) {
			return null;
		}
		String propre = String.join("\n", texte.lines().map(ligne -> nettoyer(ligne, longueurMax)).toList()).strip();
		return propre.isEmpty() ? null : propre.substring(0, Math.min(longueurMax, propre.length()));
	}

}
