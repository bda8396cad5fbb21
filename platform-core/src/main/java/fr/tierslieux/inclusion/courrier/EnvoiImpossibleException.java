package fr.tierslieux.inclusion.courrier;

/**
 * The SMTP server refused or could not be reached: the action that wanted to send the
 * mail is rolled back and the user told to try again.
 */
public class EnvoiImpossibleException extends RuntimeException {

	EnvoiImpossibleException(String message, Throwable cause) {
		super(message, cause);
	}

}
