package fr.tierslieux.inclusion.fichier;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an uploaded file into text, refusing what is not a text file. */
final class Decodage {

	/** Larger than any real referential here (the COG communes: 2.6 MB). */
	static final int TAILLE_MAX = 20 * 1024 * 1024;

	private static final int ECHANTILLON = 64 * 1024;

	private Decodage() {
	}

	/** Refuses an empty, oversized or binary file before anything else. */
	static void verifier(byte[] contenu) {
		if (contenu == null || contenu.length == 0) {
			throw new FichierRefuseException("Le fichier est vide.");
		}
		if (contenu.length > TAILLE_MAX) {
			throw trop();
		}
		int controles = 0;
		int n = Math.min(contenu.length, ECHANTILLON);
		for (int i = 0; i < n; i++) {
			int b = contenu[i] & 0xff;
			if (b == 0) {
				controles = n;
				break;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				controles++;
			}
		}
		if (controles * 100 > n) {
			throw new FichierRefuseException(
					"Ce fichier n'est pas un fichier texte (CSV ou JSON) : un tableur doit d'abord l'enregistrer au format CSV.");
		}
	}

	static FichierRefuseException trop() {
		return new FichierRefuseException(LectureDuFichier.TROP_GRAND);
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes in
	 * France).
	 */
	static Encodage detecter(byte[] contenu) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(contenu));
			return Encodage.UTF_8;
		}
		catch (CharacterCodingException e) {
			return Encodage.WINDOWS_1252;
		}
	}

	static String decoder(byte[] contenu, Encodage encodage) {
		String texte = new String(contenu, encodage.charset());
		return texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
	}

}
