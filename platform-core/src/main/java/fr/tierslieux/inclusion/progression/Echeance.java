package fr.tierslieux.inclusion.progression;

/**
 * When a person's situation is asked: at the end of the parcours, 3 and 6 months later.
 */
public enum Echeance {

	FIN(0), M3(3), M6(6);

	private final int mois;

	Echeance(int mois) {
		this.mois = mois;
	}

	/** Months after the end of the parcours. */
	public int mois() {
		return mois;
	}

}
