package fr.tierslieux.inclusion.binome;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.tierslieux.inclusion.commun.ConflitException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinomeTest {

	static final Instant QUAND = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void a_binome_starts_in_t0_and_moves_one_phase_at_a_time_up_to_t4() {
		Binome binome = new Binome(null, null, null, null, null, "coordination", QUAND);
		assertThat(binome.getPhase()).isEqualTo(Phase.T0);

		binome.passerALaPhaseSuivante("coordination", null, QUAND);
		assertThat(binome.getPhase()).isEqualTo(Phase.T1);
		binome.passerALaPhaseSuivante("coordination", null, QUAND);
		binome.passerALaPhaseSuivante("coordination", null, QUAND);
		binome.passerALaPhaseSuivante("coordination", null, QUAND);
		assertThat(binome.getPhase()).isEqualTo(Phase.T4);

		assertThatThrownBy(() -> binome.passerALaPhaseSuivante("coordination", null, QUAND))
			.isInstanceOf(ConflitException.class);
	}

}
