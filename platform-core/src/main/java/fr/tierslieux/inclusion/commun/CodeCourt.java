package fr.tierslieux.inclusion.commun;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short codes a person reads aloud or types on a phone (a voucher's, a personal code): 8
 * characters from an alphabet without the look-alikes 0/O, 1/I/L.
 */
public final class CodeCourt {

	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom HASARD = new SecureRandom();

	private CodeCourt() {
	}

	public static String nouveau() {
		StringBuilder code = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			code.append(ALPHABET.charAt(HASARD.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** What was typed, in capitals, without spaces or dashes. */
	public static String normaliser(String code) {
		return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	/** ABCD-EFGH: easier to read out. */
	public static String affiche(String code) {
		return code.length() == 8 ? code.substring(0, 4) + "-" + code.substring(4) : code;
	}

}
