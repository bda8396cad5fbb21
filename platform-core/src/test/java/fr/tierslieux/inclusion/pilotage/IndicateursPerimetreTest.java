package fr.tierslieux.inclusion.pilotage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of a dashboard count the binômes of one's perimeter and nothing else. */
@CoreTest
@Transactional
class IndicateursPerimetreTest extends AvecDeuxRegions {

	@Autowired
	IndicateursService indicateurs;

	@Test
	void each_region_counts_its_own_parcours_ateliers_hours_and_people() {
		// P1: 2 ateliers of 3 h, one person came; P2: 3 ateliers, both people came
		assertThat(indicateurs.tableauDeBord(s.coordinationR1().perimetre()).totaux())
			.isEqualTo(new Indicateurs(1, 2, 2 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.coordinationR2().perimetre()).totaux())
			.isEqualTo(new Indicateurs(2, 3, 3 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.piloteR2().perimetre()).totaux())
			.isEqualTo(new Indicateurs(2, 3, 3 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.coordinationR3().perimetre()).totaux()).isEqualTo(Indicateurs.AUCUN);
	}

	@Test
	void a_facilitateur_or_conseiller_counts_its_binome() {
		assertThat(indicateurs.tableauDeBord(s.facilitateurT1().perimetre()).totaux())
			.isEqualTo(new Indicateurs(1, 2, 2 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.conseillerA2().perimetre()).totaux())
			.isEqualTo(new Indicateurs(2, 3, 3 * 180, 1, 1, 1));
	}

}
