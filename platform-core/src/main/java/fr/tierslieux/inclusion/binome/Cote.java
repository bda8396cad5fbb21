package fr.tierslieux.inclusion.binome;

import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/** The two sides of a binôme. */
public enum Cote {

	AGENCE, TIERS_LIEU;

	public Cote autre() {
		return this == AGENCE ? TIERS_LIEU : AGENCE;
	}

	/**
	 * The side a reader writes for in this binôme: a conseiller of its agence, a
	 * facilitateur of its tiers-lieu; null for anybody else (the coordination reads).
	 */
	public static Cote de(Perimetre qui, Long agenceId, Long tiersLieuId) {
		if (qui.role() == Role.CONSEILLER && qui.agences().contains(agenceId)) {
			return AGENCE;
		}
		if (qui.role() == Role.FACILITATEUR && qui.tiersLieux().contains(tiersLieuId)) {
			return TIERS_LIEU;
		}
		return null;
	}

}
