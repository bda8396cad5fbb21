package fr.tierslieux.inclusion.compte;

/** What a person does on the platform; each role has its own home page. */
public enum Role {

	/** Runs the platform and exports budget reports; sees everything. */
	ADMIN("administration"),
	/**
	 * Regional coordinator (France Tiers-Lieux or a regional network): one or more
	 * régions.
	 */
	COORDINATEUR("coordination régionale"),
	/**
	 * France Travail regional or territorial direction: reads figures of its régions, no
	 * personal data.
	 */
	PILOTE("direction France Travail"),
	/** Agency counsellor: the bénéficiaires of one agence. */
	CONSEILLER("conseiller ou conseillère"),
	/**
	 * Tiers-lieu facilitator or fabmanager: the ateliers and people of one tiers-lieu.
	 */
	FACILITATEUR("facilitation du tiers-lieu");

	private final String libelle;

	Role(String libelle) {
		this.libelle = libelle;
	}

	/** The role in a French sentence (mail texts). */
	public String libelle() {
		return libelle;
	}

}
