package fr.tierslieux.inclusion.audit;

/** Why personal data was read or written, as the register of processing names it. */
public enum Finalite {

	/** Following a job seeker: referral, attendance, progression. */
	ACCOMPAGNEMENT,

	/** Reporting the activity to the financers: exports. */
	PILOTAGE,

	/** Keeping the platform safe: logins, refused accesses. */
	SECURITE,

	/**
	 * Answering a person who exercises their rights (access, correction, erasure), and
	 * anonymising the records kept too long.
	 */
	DROITS;

	/** The purpose of an action, by its name. */
	static Finalite de(String action) {
		if (action.startsWith("CONNEXION") || action.startsWith("DECONNEXION") || action.startsWith("SECOND_FACTEUR")
				|| action.equals("ACCES_REFUSE")) {
			return SECURITE;
		}
		if (action.startsWith("EXPORT") || action.equals("TELECHARGEMENT_EXPORT")) {
			return PILOTAGE;
		}
		if (action.startsWith("DROIT_") || action.equals("ANONYMISATION")) {
			return DROITS;
		}
		return ACCOMPAGNEMENT;
	}

}
