package fr.tierslieux.inclusion.budget;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.ChiffresGardes;

/**
 * The budget reports of the vagues, kept two minutes (a region's report counts the
 * distinct people of every parcours of the vague) and forgotten as soon as the table, a
 * commitment or a payment of the vague changes, so that whoever wrote sees it at once.
 */
@Component
class BilansGardes {

	static final Duration FRAICHEUR = Duration.ofMinutes(2);

	private final ChiffresGardes<Cle, BilanBudgetaire> gardes;

	BilansGardes(Clock horloge) {
		this.gardes = new ChiffresGardes<>(FRAICHEUR, horloge, 500);
	}

	BilanBudgetaire lire(long vague, String departement, Supplier<BilanBudgetaire> calcul) {
		return gardes.lire(new Cle(vague, departement), calcul);
	}

	void oublier(long vague) {
		gardes.oublierSi(cle -> cle.vague() == vague);
	}

	private record Cle(long vague, String departement) {
	}

}
