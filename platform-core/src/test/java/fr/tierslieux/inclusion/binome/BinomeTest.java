package fr.tierslieux.inclusion.binome;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinomeTest {

	@Test
	void a_binome_starts_in_t0_and_moves_one_phase_at_a_time_up_to_t4() {
		Binome binome = new Binome(null, null, null, null, null);
		assertThat(binome.getPhase()).isEqualTo(Phase.T0);

		binome.passerALaPhaseSuivante();
		assertThat(binome.getPhase()).isEqualTo(Phase.T1);
		binome.passerALaPhaseSuivante();
		binome.passerALaPhaseSuivante();
		binome.passerALaPhaseSuivante();
		assertThat(binome.getPhase()).isEqualTo(Phase.T4);

		assertThatThrownBy(binome::passerALaPhaseSuivante).isInstanceOf(IllegalStateException.class);
	}

}
