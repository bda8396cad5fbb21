package fr.tierslieux.inclusion.compte;

/** What a person does on the platform; each role has its own home page. */
public enum Role {

	/** Runs the platform and exports budget reports; sees everything. */
	ADMIN,
	/**
	 * Regional coordinator (France Tiers-Lieux or a regional network): one or more
	 * régions.
	 */
	COORDINATEUR,
	/**
	 * France Travail regional or territorial direction: reads figures of its régions, no
	 * personal data.
	 */
	PILOTE,
	/** Agency counsellor: the bénéficiaires of one agence. */
	CONSEILLER,
	/**
	 * Tiers-lieu facilitator or fabmanager: the ateliers and people of one tiers-lieu.
	 */
	FACILITATEUR

}
