package fr.tierslieux.inclusion.commun;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The request cannot be applied to the record as it now stands: a transition the workflow
 * refuses, or an edit made on a version somebody else has changed since. The web answers
 * 409 and keeps what the user typed.
 *
 * @see TransitionRefuseeException
 */
public class ConflitException extends RuntimeException {

	private final String codeMessage;

	private final transient Object[] arguments;

	/**
	 * @param codeMessage key of the French message shown to the user
	 * @param arguments its arguments
	 */
	public ConflitException(String codeMessage, Object... arguments) {
		super(codeMessage);
		this.codeMessage = codeMessage;
		this.arguments = arguments.clone();
	}

	/** Somebody saved the record after the user opened it. */
	public static ConflitException modificationConcurrente() {
		return new ConflitException("conflit.modificationConcurrente");
	}

	/** Refuses the edit unless it was made on the record's current version. */
	public static void verifierVersion(long attendue, long actuelle) {
		if (attendue != actuelle) {
			throw modificationConcurrente();
		}
	}

	/**
	 * Writes the change now, so that somebody's save between the version check and the
	 * commit surfaces here as the same conflict the form shows (not as a 409 page that
	 * loses the user's input).
	 */
	public static void auFlush(Runnable flush) {
		try {
			flush.run();
		}
		catch (OptimisticLockingFailureException ex) {
			throw modificationConcurrente();
		}
	}

	public String codeMessage() {
		return codeMessage;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
