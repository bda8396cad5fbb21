package fr.tierslieux.inclusion.export;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.TacheUnique;

/**
 * Every quarter of an hour (and at start-up), on one instance: deletes the expired files
 * and closes the exports whose instance stopped.
 */
@Component
class TacheDesExports {

	private final ExportsDActivite exports;

	private final TacheUnique unique;

	TacheDesExports(ExportsDActivite exports, TacheUnique unique) {
		this.exports = exports;
		this.unique = unique;
	}

	@Scheduled(fixedDelayString = "${plateforme.exports.purge:PT15M}")
	void lancer() {
		unique.executer("exports", Duration.ofMinutes(1), Duration.ofMinutes(30),
				() -> exports.purger() + exports.cloreLesInterrompus());
	}

}
