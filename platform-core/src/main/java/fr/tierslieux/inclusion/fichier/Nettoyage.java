package fr.tierslieux.inclusion.fichier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The traps of real open data (listed in SOURCES.md), undone the same way by every
 * importer: decimal commas, {@code 0} for a missing code, lost leading zeros, mis-encoded
 * characters, web sites without scheme.
 */
public final class Nettoyage {

	private static final Pattern CODE_INSEE = Pattern.compile("^([013-9][0-9]|2[AB1-9])[0-9]{3}$");

	private static final Pattern CODE_POSTAL = Pattern.compile("^[0-9]{5}$");

	private static final Pattern CHIFFRES = Pattern.compile("^[0-9]+$");

	private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

	private static final Pattern NON_ALPHANUMERIQUE = Pattern.compile("[^a-z0-9]+");

	private Nettoyage() {
	}

	/**
	 * {@code "48,909987"} and {@code "48.909987"} alike, six decimals; null if
	 * unreadable.
	 */
	public static BigDecimal decimal(String texte) {
		if (texte == null) {
			return null;
		}
		try {
			return new BigDecimal(texte.strip().replace(',', '.').replace(" ", "")).setScale(6, RoundingMode.HALF_UP);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * An INSEE commune code: {@code 0} means missing (null), four digits lost their
	 * leading zero, {@code 2a} is {@code 2A}. Null when still invalid: the caller says
	 * why.
	 */
	public static String codeInsee(String texte) {
		String code = sansZeroManquant(texte);
		if (code == null) {
			return null;
		}
		code = code.toUpperCase(Locale.ROOT);
		if (code.length() == 4 && CHIFFRES.matcher(code).matches()) {
			code = "0" + code;
		}
		return CODE_INSEE.matcher(code).matches() ? code : null;
	}

	/** A postal code, with the same repairs as {@link #codeInsee}. */
	public static String codePostal(String texte) {
		String code = sansZeroManquant(texte);
		if (code == null) {
			return null;
		}
		if (code.length() == 4 && CHIFFRES.matcher(code).matches()) {
			code = "0" + code;
		}
		return CODE_POSTAL.matcher(code).matches() ? code : null;
	}

	/** Whether a code was given at all ({@code 0} and blanks are not). */
	public static boolean renseigne(String texte) {
		return sansZeroManquant(texte) != null;
	}

	private static String sansZeroManquant(String texte) {
		if (texte == null) {
			return null;
		}
		String code = texte.strip();
		return code.isEmpty() || code.chars().allMatch(c -> c == '0') ? null : code;
	}

	/**
	 * Région codes lost their leading zero too ({@code 1} for Guadeloupe's {@code 01}).
	 */
	public static String codeRegion(String texte) {
		String code = sansZeroManquant(texte);
		if (code == null) {
			return null;
		}
		return code.length() == 1 ? "0" + code : code;
	}

	/**
	 * The département of a postal code: overseas on three digits, Corsica split at 20200.
	 */
	public static String departementDuCodePostal(String codePostal) {
		if (codePostal == null) {
			return null;
		}
		if (codePostal.startsWith("97") || codePostal.startsWith("98")) {
			return codePostal.substring(0, 3);
		}
		if (codePostal.startsWith("20")) {
			return Integer.parseInt(codePostal) < 20200 ? "2A" : "2B";
		}
		return codePostal.substring(0, 2);
	}

	/** The département of an INSEE commune code. */
	public static String departementDuCodeInsee(String codeInsee) {
		if (codeInsee == null) {
			return null;
		}
		return codeInsee.startsWith("97") || codeInsee.startsWith("98") ? codeInsee.substring(0, 3)
				: codeInsee.substring(0, 2);
	}

	/**
	 * Undoes the two mis-encodings met in the files: {@code ¿} written for an apostrophe
	 * {@code ’}, and UTF-8 read as Windows-1252 ({@code Ã©} for {@code é}).
	 */
	public static String reparer(String texte) {
		if (texte == null) {
			return null;
		}
		String repare = texte.replace('¿', '’');
		if (repare.indexOf('Ã') >= 0 || repare.indexOf('Â') >= 0) {
			try {
				repare = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(repare.getBytes(Encodage.WINDOWS_1252.charset())))
					.toString();
			}
			catch (CharacterCodingException e) {
				// not mojibake after all: keep the text as it was
			}
		}
		return repare;
	}

	/** {@code www.exemple.fr} becomes {@code https://www.exemple.fr}. */
	public static String url(String texte) {
		if (texte == null) {
			return null;
		}
		String url = texte.strip();
		return url.matches("(?i)^https?://.*") ? url : "https://" + url;
	}

	/**
	 * The form of a name used to recognise a place: no accents, no case, no punctuation
	 * ({@code "L'Atelier  du Coin"} and {@code "l atelier du coin"} are the same).
	 */
	public static String cle(String texte) {
		if (texte == null) {
			return "";
		}
		String sansAccent = DIACRITIQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
		return NON_ALPHANUMERIQUE.matcher(sansAccent.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** Cuts a text to what its column holds. */
	public static String tronquer(String texte, int longueur) {
		return texte == null || texte.length() <= longueur ? texte : texte.substring(0, longueur);
	}

}
