package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrientationTest {

	Orientation orientation = new Orientation(null, null, null, Instant.now());

	@Test
	void a_referral_goes_from_proposal_to_the_end_of_the_parcours() {
		assertThat(orientation.getStatut()).isEqualTo(OrientationStatut.PROPOSEE);

		orientation.passerA(OrientationStatut.EN_LISTE_ATTENTE);
		orientation.passerA(OrientationStatut.ACCEPTEE);
		orientation.passerA(OrientationStatut.EN_PARCOURS);
		orientation.passerA(OrientationStatut.TERMINEE);

		assertThat(orientation.getStatut()).isEqualTo(OrientationStatut.TERMINEE);
	}

	@Test
	void a_referral_cannot_skip_acceptance_nor_leave_a_final_status() {
		assertThatThrownBy(() -> orientation.passerA(OrientationStatut.TERMINEE))
			.isInstanceOf(IllegalStateException.class);

		orientation.passerA(OrientationStatut.REFUSEE);

		assertThat(OrientationStatut.REFUSEE.suivants()).isEmpty();
		assertThatThrownBy(() -> orientation.passerA(OrientationStatut.ACCEPTEE))
			.isInstanceOf(IllegalStateException.class);
		assertThat(orientation.getStatut()).isEqualTo(OrientationStatut.REFUSEE);
	}

}
