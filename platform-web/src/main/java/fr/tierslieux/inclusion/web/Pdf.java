package fr.tierslieux.inclusion.web;

import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;

/** What the platform's printable documents share: their fonts and their text. */
public final class Pdf {

	public static final Font TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);

	public static final Font INTERTITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

	public static final Font TEXTE = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private Pdf() {
	}

	/**
	 * The standard PDF fonts speak Windows-1252: French thin spaces become plain
	 * non-breaking ones.
	 */
	public static String texte(String texte) {
		return texte == null ? "" : texte.replace('\u202f', '\u00a0');
	}

}
