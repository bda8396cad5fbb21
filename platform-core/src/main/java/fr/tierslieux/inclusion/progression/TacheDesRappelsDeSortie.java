package fr.tierslieux.inclusion.progression;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.TacheUnique;

/**
 * Each morning, reminds the counsellors of the situations that have fallen due, on one
 * instance only.
 */
@Component
class TacheDesRappelsDeSortie {

	private static final Logger log = LoggerFactory.getLogger(TacheDesRappelsDeSortie.class);

	private final SuiviDesSorties suivi;

	private final TacheUnique unique;

	private final Clock clock;

	TacheDesRappelsDeSortie(SuiviDesSorties suivi, TacheUnique unique, Clock clock) {
		this.suivi = suivi;
		this.unique = unique;
		this.clock = clock;
	}

	@Scheduled(cron = "${plateforme.sorties.cron:0 15 6 * * *}", zone = "Europe/Paris")
	void lancer() {
		Integer prevenus = unique.executer("rappels-de-sortie", Duration.ofMinutes(5), Duration.ofHours(1),
				() -> suivi.rappeler(clock.instant()));
		if (prevenus != null) {
			log.info("Situations de sortie : {} conseiller(s) prévenu(s)", prevenus);
		}
	}

}
