package fr.tierslieux.inclusion.commun;

/** The role itself may not do this (a pilote asking for personal data, for instance). */
public class AccesRefuseException extends RuntimeException {

	public AccesRefuseException(String message) {
		super(message);
	}

}
