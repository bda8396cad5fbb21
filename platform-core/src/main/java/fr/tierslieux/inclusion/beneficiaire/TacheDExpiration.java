package fr.tierslieux.inclusion.beneficiaire;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, reminds the tiers-lieux of the referrals waiting for them and closes
 * those left unanswered. One instance runs it today; several instances on one database
 * will need a lock (issue « Security »).
 */
@Component
class TacheDExpiration {

	private static final Logger log = LoggerFactory.getLogger(TacheDExpiration.class);

	private final ExpirationDesOrientations expiration;

	private final Clock clock;

	TacheDExpiration(ExpirationDesOrientations expiration, Clock clock) {
		this.expiration = expiration;
		this.clock = clock;
	}

	@Scheduled(cron = "${plateforme.orientations.cron:0 0 6 * * *}", zone = "Europe/Paris")
	void lancer() {
		ExpirationDesOrientations.Bilan bilan = expiration.traiter(clock.instant());
		log.info("Orientations : {} relance(s) de tiers-lieux, {} orientation(s) expirée(s)", bilan.relances(),
				bilan.expirees());
	}

}
