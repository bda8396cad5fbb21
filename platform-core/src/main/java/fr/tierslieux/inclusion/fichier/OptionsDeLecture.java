package fr.tierslieux.inclusion.fichier;

/**
 * How to read a CSV file: detected at upload, changeable on the preview.
 *
 * @param separateur {@code ;}, {@code ,} or a tabulation
 */
public record OptionsDeLecture(Encodage encodage, char separateur, boolean avecEntete) {

	public static final String SEPARATEURS = ";,\t";

	public OptionsDeLecture {
		if (SEPARATEURS.indexOf(separateur) < 0) {
			throw new IllegalArgumentException("séparateur inconnu : " + separateur);
		}
	}

	/** The separator as a form names it: {@code ;}, {@code ,} or {@code tab}. */
	public String nomDuSeparateur() {
		return separateur == '\t' ? "tab" : String.valueOf(separateur);
	}

}
