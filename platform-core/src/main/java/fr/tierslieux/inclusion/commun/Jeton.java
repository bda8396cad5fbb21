package fr.tierslieux.inclusion.commun;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secret tokens of personal links (an invitation, a person's carnet de bord): 256 random
 * bits for the link; only their SHA-256 fingerprint is stored, so the database cannot
 * give a working link away.
 */
public final class Jeton {

	private static final SecureRandom ALEA = new SecureRandom();

	private Jeton() {
	}

	/** A new token, URL-safe. */
	public static String nouveau() {
		byte[] octets = new byte[32];
		ALEA.nextBytes(octets);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
	}

	/** What is stored of a token: its SHA-256, in hexadecimal. */
	public static String empreinte(String jeton) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(jeton.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
