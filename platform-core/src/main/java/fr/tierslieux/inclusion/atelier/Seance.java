package fr.tierslieux.inclusion.atelier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session as its parcours' calendar shows it.
 *
 * @param capacite its own seats, else the parcours'
 * @param emargees lines of its sign-in sheet
 * @param annuleeLe when it was cancelled, null while it stands
 */
public record Seance(Long id, String intitule, TypeAtelier type, LocalDate date, LocalTime debut, LocalTime fin,
		String lieu, int capacite, boolean avecConseiller, long emargees, Instant annuleeLe, String motifAnnulation,
		long version) {

	public boolean annulee() {
		return annuleeLe != null;
	}

	public long dureeMinutes() {
		return java.time.Duration.between(debut, fin).toMinutes();
	}

}
