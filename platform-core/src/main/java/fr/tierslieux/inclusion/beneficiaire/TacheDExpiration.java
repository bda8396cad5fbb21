package fr.tierslieux.inclusion.beneficiaire;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.TacheUnique;

/**
 * Each morning, reminds the tiers-lieux of the referrals waiting for them and closes
 * those left unanswered, on one instance only.
 */
@Component
public class TacheDExpiration {

	private static final Logger log = LoggerFactory.getLogger(TacheDExpiration.class);

	private final ExpirationDesOrientations expiration;

	private final TacheUnique unique;

	private final Clock clock;

	TacheDExpiration(ExpirationDesOrientations expiration, TacheUnique unique, Clock clock) {
		this.expiration = expiration;
		this.unique = unique;
		this.clock = clock;
	}

	/**
	 * @return what was done, or {@code null} when another instance ran it.
	 */
	@Scheduled(cron = "${plateforme.orientations.cron:0 0 6 * * *}", zone = "Europe/Paris")
	public ExpirationDesOrientations.Bilan lancer() {
		ExpirationDesOrientations.Bilan bilan = unique.executer("expiration-des-orientations", Duration.ofMinutes(5),
				Duration.ofHours(1), () -> expiration.traiter(clock.instant()));
		if (bilan != null) {
			log.info("Orientations : {} relance(s) de tiers-lieux, {} orientation(s) expirée(s)", bilan.relances(),
					bilan.expirees());
		}
		return bilan;
	}

}
