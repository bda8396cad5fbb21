package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;

/**
 * One orientation of a bénéficiaire, with the ateliers attended out of those of the
 * parcours.
 */
public record OrientationLigne(Long id, String parcours, String tiersLieu, OrientationStatut statut, Instant orienteeLe,
		long ateliersSuivis, long ateliersDuParcours) {
}
