package fr.tierslieux.inclusion.commun;

/**
 * A value of a form that only the service can judge (an e-mail already a member, a
 * structure outside the perimeter): the web shows the message next to the field and keeps
 * what the user typed.
 */
public class SaisieRefuseeException extends RuntimeException {

	private final String champ;

	private final String codeMessage;

	private final transient Object[] arguments;

	/**
	 * @param champ the form's field the message goes next to
	 * @param codeMessage key of the French message
	 */
	public SaisieRefuseeException(String champ, String codeMessage, Object... arguments) {
		super(champ + " : " + codeMessage);
		this.champ = champ;
		this.codeMessage = codeMessage;
		this.arguments = arguments.clone();
	}

	public String champ() {
		return champ;
	}

	public String codeMessage() {
		return codeMessage;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
