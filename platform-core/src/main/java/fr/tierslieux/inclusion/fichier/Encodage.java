package fr.tierslieux.inclusion.fichier;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The two encodings French open data comes in. */
public enum Encodage {

	UTF_8(StandardCharsets.UTF_8), WINDOWS_1252(Charset.forName("windows-1252"));

	private final Charset charset;

	Encodage(Charset charset) {
		this.charset = charset;
	}

	public Charset charset() {
		return charset;
	}

}
