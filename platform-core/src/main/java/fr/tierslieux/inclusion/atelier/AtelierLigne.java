package fr.tierslieux.inclusion.atelier;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One row of an atelier list: what a facilitator needs to find the session (its
 * attendance comes from the presence feature).
 */
public record AtelierLigne(Long id, LocalDate date, LocalTime heureDebut, LocalTime heureFin, String intitule,
		String parcours, String tiersLieu, String lieu, TypeAtelier type, boolean annulee) {
}
