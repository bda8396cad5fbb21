package fr.tierslieux.inclusion.progression;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, reminds the counsellors of the situations that have fallen due. One
 * instance runs it today; several instances on one database will need a lock (issue «
 * Security »).
 */
@Component
class TacheDesRappelsDeSortie {

	private static final Logger log = LoggerFactory.getLogger(TacheDesRappelsDeSortie.class);

	private final SuiviDesSorties suivi;

	private final Clock clock;

	TacheDesRappelsDeSortie(SuiviDesSorties suivi, Clock clock) {
		this.suivi = suivi;
		this.clock = clock;
	}

	@Scheduled(cron = "${plateforme.sorties.cron:0 15 6 * * *}", zone = "Europe/Paris")
	void lancer() {
		log.info("Situations de sortie : {} conseiller(s) prévenu(s)", suivi.rappeler(clock.instant()));
	}

}
