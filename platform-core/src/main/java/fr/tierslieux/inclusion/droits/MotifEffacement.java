package fr.tierslieux.inclusion.droits;

/**
 * Why a person's record was anonymised; each is written to the audit trail under its own
 * action, and closes the person's open referrals with its own reason.
 */
public enum MotifEffacement {

	/** Two years without contact with the programme. */
	CONSERVATION("ANONYMISATION", "Fiche rendue anonyme après deux ans sans contact"),

	/** The person asked for their data to be erased. */
	EFFACEMENT("DROIT_EFFACEMENT", "Effacement des données demandé par la personne"),

	/** The person withdrew the consent they gave at the referral. */
	RETRAIT_CONSENTEMENT("DROIT_RETRAIT_CONSENTEMENT", "Retrait de l'accord de la personne");

	private final String action;

	private final String raison;

	MotifEffacement(String action, String raison) {
		this.action = action;
		this.raison = raison;
	}

	/** The audit trail's action. */
	public String action() {
		return action;
	}

	/** The reason written on the referrals it closes. */
	public String raison() {
		return raison;
	}

}
