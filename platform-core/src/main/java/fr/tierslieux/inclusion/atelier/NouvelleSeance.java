package fr.tierslieux.inclusion.atelier;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as the facilitator describes it.
 *
 * @param dureeMinutes how long it lasts; its end is computed from it
 * @param capacite seats, or null for the parcours' own capacity
 * @param avecConseiller whether a counsellor of the agence takes part
 */
public record NouvelleSeance(String intitule, LocalDate date, LocalTime debut, int dureeMinutes, String lieu,
		TypeAtelier type, Integer capacite, boolean avecConseiller) {

	/** Null when the session would run past midnight (a session stays within its day). */
	public LocalTime fin() {
		long finEnMinutes = debut.toSecondOfDay() / 60 + (long) dureeMinutes;
		return finEnMinutes < 24 * 60 ? LocalTime.ofSecondOfDay(finEnMinutes * 60) : null;
	}

}
