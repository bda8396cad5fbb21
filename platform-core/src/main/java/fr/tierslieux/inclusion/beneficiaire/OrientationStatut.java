package fr.tierslieux.inclusion.beneficiaire;

import java.util.EnumSet;
import java.util.Set;

/** Where a referral stands, from the counsellor's proposal to the end of the parcours. */
public enum OrientationStatut {

	PROPOSEE, ACCEPTEE, EN_LISTE_ATTENTE, REFUSEE, EN_PARCOURS, TERMINEE, ABANDON,
	/** Proposed and left unanswered past the delay: set by the platform only. */
	EXPIREE;

	/**
	 * The statuses a person may move this one to; refused, finished, abandoned and
	 * expired referrals are final.
	 */
	public Set<OrientationStatut> suivants() {
		return switch (this) {
			case PROPOSEE -> EnumSet.of(ACCEPTEE, EN_LISTE_ATTENTE, REFUSEE);
			case EN_LISTE_ATTENTE -> EnumSet.of(ACCEPTEE, REFUSEE);
			case ACCEPTEE -> EnumSet.of(EN_PARCOURS, ABANDON);
			case EN_PARCOURS -> EnumSet.of(TERMINEE, ABANDON);
			case REFUSEE, TERMINEE, ABANDON, EXPIREE -> EnumSet.noneOf(OrientationStatut.class);
		};
	}

	public boolean peutPasserA(OrientationStatut statut) {
		return suivants().contains(statut);
	}

}
