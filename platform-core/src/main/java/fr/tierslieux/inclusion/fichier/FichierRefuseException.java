package fr.tierslieux.inclusion.fichier;

/**
 * The file as a whole cannot be read (empty, binary, too large, not the expected format):
 * nothing is written and the message, in French, says why.
 */
public class FichierRefuseException extends RuntimeException {

	public FichierRefuseException(String message) {
		super(message);
	}

}
