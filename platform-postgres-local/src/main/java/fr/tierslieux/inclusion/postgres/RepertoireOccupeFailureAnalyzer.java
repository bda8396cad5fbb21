package fr.tierslieux.inclusion.postgres;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in two lines, instead of a stack trace, why a second platform on the same data did
 * not start.
 */
class RepertoireOccupeFailureAnalyzer extends AbstractFailureAnalyzer<RepertoireOccupeException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RepertoireOccupeException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Arrêtez l'autre instance, ou donnez un autre répertoire de données par PLATEFORME_DATA_DIR.", cause);
	}

}
