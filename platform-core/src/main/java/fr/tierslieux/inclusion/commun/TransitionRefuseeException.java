package fr.tierslieux.inclusion.commun;

/** A status change the workflow does not allow from the record's current status. */
public class TransitionRefuseeException extends ConflitException {

	/**
	 * @param de the current status, as the message names it
	 * ({@code orientation.PROPOSEE})
	 * @param vers the status asked for, likewise
	 */
	public TransitionRefuseeException(String de, String vers) {
		super("conflit.transitionRefusee", de, vers);
	}

}
