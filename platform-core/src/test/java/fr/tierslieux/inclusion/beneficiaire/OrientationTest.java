package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.tierslieux.inclusion.commun.TransitionRefuseeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrientationTest {

	static final Instant QUAND = Instant.parse("2026-03-02T09:00:00Z");

	Orientation orientation = new Orientation(null, null, null, "conseiller", QUAND);

	@Test
	void a_referral_goes_from_proposal_to_the_end_of_the_parcours() {
		assertThat(orientation.getStatut()).isEqualTo(OrientationStatut.PROPOSEE);

		orientation.passerA(OrientationStatut.EN_LISTE_ATTENTE, "facilitateur", null, QUAND);
		orientation.passerA(OrientationStatut.ACCEPTEE, "facilitateur", null, QUAND);
		orientation.passerA(OrientationStatut.EN_PARCOURS, "facilitateur", null, QUAND);
		orientation.passerA(OrientationStatut.TERMINEE, "facilitateur", null, QUAND);

		assertThat(orientation.getStatut()).isEqualTo(OrientationStatut.TERMINEE);
	}

	@Test
	void a_referral_cannot_skip_acceptance_nor_leave_a_final_status() {
		assertThatThrownBy(() -> orientation.passerA(OrientationStatut.TERMINEE, "f", null, QUAND))
			.isInstanceOf(TransitionRefuseeException.class);

		orientation.passerA(OrientationStatut.REFUSEE, "f", "complet", QUAND);

		assertThat(OrientationStatut.REFUSEE.suivants()).isEmpty();
		assertThatThrownBy(() -> orientation.passerA(OrientationStatut.ACCEPTEE, "f", null, QUAND))
			.isInstanceOf(TransitionRefuseeException.class);
		assertThat(orientation.getStatut()).isEqualTo(OrientationStatut.REFUSEE);
	}

}
