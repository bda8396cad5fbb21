package fr.tierslieux.inclusion.commun;

/**
 * A record that does not exist, or that lies outside the current user's scope: both
 * answer the same, so that nobody learns of records they may not see.
 */
public class IntrouvableException extends RuntimeException {

	public IntrouvableException(String type, Object id) {
		super(type + " " + id + " introuvable");
	}

}
