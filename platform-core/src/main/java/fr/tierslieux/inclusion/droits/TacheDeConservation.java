package fr.tierslieux.inclusion.droits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.TacheUnique;
import fr.tierslieux.inclusion.compte.ConservationDesComptes;

/**
 * Each night, on one instance only: tells the counsellors of the records anonymised
 * within 30 days, then anonymises those two years without contact, a batch per
 * transaction; then the agents' accounts deactivated a year ago, and the invitations
 * ended a year ago.
 */
@Component
public class TacheDeConservation {

	private static final Logger log = LoggerFactory.getLogger(TacheDeConservation.class);

	private final Conservation conservation;

	private final ConservationDesComptes comptes;

	private final TacheUnique unique;

	private final Clock clock;

	TacheDeConservation(Conservation conservation, ConservationDesComptes comptes, TacheUnique unique, Clock clock) {
		this.conservation = conservation;
		this.comptes = comptes;
		this.unique = unique;
		this.clock = clock;
	}

	/**
	 * @return what the night did, or null when another instance holds the work
	 */
	@Scheduled(cron = "${plateforme.conservation.cron:0 30 2 * * *}", zone = "Europe/Paris")
	public Bilan lancer() {
		Bilan bilan = unique.executer("conservation", Duration.ofMinutes(5), Duration.ofHours(3),
				() -> nuit(clock.instant()));
		if (bilan != null) {
			log.info(
					"Conservation : {} compte(s) prévenu(s), {} fiche(s) rendue(s) anonyme(s), {} compte(s) "
							+ "désactivé(s) rendu(s) anonyme(s), {} invitation(s) oubliée(s)",
					bilan.prevenus(), bilan.anonymisees(), bilan.comptes(), bilan.invitations());
		}
		return bilan;
	}

	/**
	 * The night's work as of that instant, each step in its own transaction; the nightly
	 * run holds the instances' lock around it.
	 */
	public Bilan nuit(Instant maintenant) {
		int prevenus = conservation.prevenir(maintenant);
		int anonymisees = 0;
		int lot;
		do {
			lot = conservation.anonymiserUnLot(maintenant);
			anonymisees += lot;
		}
		while (lot == Conservation.LOT);
		return new Bilan(prevenus, anonymisees, comptes.anonymiser(maintenant).size(),
				comptes.oublierLesInvitations(maintenant));
	}

	/**
	 * The accounts told, the records anonymised, the agents' accounts anonymised a year
	 * after their deactivation, the invitations forgotten a year after their end.
	 */
	public record Bilan(int prevenus, int anonymisees, int comptes, int invitations) {
	}

}
