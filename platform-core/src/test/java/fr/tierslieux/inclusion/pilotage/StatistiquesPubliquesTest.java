package fr.tierslieux.inclusion.pilotage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.pilotage.StatistiquesPubliques.Publication;
import fr.tierslieux.inclusion.pilotage.StatistiquesPubliques.Statistiques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A région's public statistics: nothing until its coordination publishes them, aggregates
 * only, any figure about fewer than 5 people hidden; directions read, never publish.
 */
@CoreTest
@Transactional
class StatistiquesPubliquesTest extends AvecDeuxRegions {

	@Autowired
	StatistiquesPubliques statistiques;

	@Test
	void published_by_the_coordination_with_small_figures_hidden_then_withdrawn() {
		String r1 = s.r1().code();
		assertThat(statistiques.statistiques(r1)).isEmpty();
		assertThat(statistiques.publications(s.coordinationR1().perimetre())).extracting(Publication::region)
			.containsExactly(r1);
		assertThat(statistiques.publications(s.piloteR2().perimetre())).isEmpty();
		assertThatThrownBy(() -> statistiques.publier(s.piloteR2().perimetre(), s.r2().code(), true))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> statistiques.publier(s.coordinationR2().perimetre(), r1, true))
			.isInstanceOf(AccesRefuseException.class);

		statistiques.publier(s.coordinationR1().perimetre(), r1, true);
		assertThat(statistiques.publications(s.coordinationR1().perimetre())).singleElement()
			.extracting(Publication::publiee)
			.isEqualTo(true);
		Statistiques publiques = statistiques.statistiques(r1).orElseThrow();
		// one parcours of two ateliers, one person who came once: the person is not
		// counted
		assertThat(publiques.parcours()).isEqualTo(1);
		assertThat(publiques.ateliers()).isEqualTo(2);
		assertThat(publiques.personnes()).isNull();
		assertThat(publiques.tauxDePresence()).isNull();
		assertThat(publiques.parTypologie()).singleElement().satisfies(l -> assertThat(l.personnes()).isNull());
		assertThat(statistiques.statistiques(s.r2().code())).isEmpty();

		statistiques.publier(s.coordinationR1().perimetre(), r1, false);
		assertThat(statistiques.statistiques(r1)).isEmpty();
	}

}
