package fr.tierslieux.inclusion.beneficiaire;

import org.junit.jupiter.api.Test;

import static fr.tierslieux.inclusion.beneficiaire.OrientationPermissions.statutsPossibles;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.ABANDON;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.ACCEPTEE;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.EN_LISTE_ATTENTE;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.EN_PARCOURS;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.PROPOSEE;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.REFUSEE;
import static fr.tierslieux.inclusion.compte.Role.ADMIN;
import static fr.tierslieux.inclusion.compte.Role.CONSEILLER;
import static fr.tierslieux.inclusion.compte.Role.COORDINATEUR;
import static fr.tierslieux.inclusion.compte.Role.FACILITATEUR;
import static fr.tierslieux.inclusion.compte.Role.PILOTE;
import static org.assertj.core.api.Assertions.assertThat;

class OrientationPermissionsTest {

	@Test
	void the_binome_decides_on_a_proposal() {
		assertThat(statutsPossibles(FACILITATEUR, PROPOSEE, true)).containsExactly(ACCEPTEE, EN_LISTE_ATTENTE, REFUSEE);
		assertThat(statutsPossibles(COORDINATEUR, PROPOSEE, true)).containsExactly(ACCEPTEE, EN_LISTE_ATTENTE, REFUSEE);
		assertThat(statutsPossibles(ADMIN, PROPOSEE, false)).containsExactly(ACCEPTEE, EN_LISTE_ATTENTE, REFUSEE);
	}

	@Test
	void the_referring_side_only_records_that_the_person_gave_up() {
		assertThat(statutsPossibles(CONSEILLER, PROPOSEE, true)).isEmpty();
		assertThat(statutsPossibles(CONSEILLER, ACCEPTEE, false)).containsExactly(ABANDON);
		assertThat(statutsPossibles(COORDINATEUR, EN_PARCOURS, false)).containsExactly(ABANDON);
	}

	@Test
	void a_pilote_changes_nothing() {
		assertThat(statutsPossibles(PILOTE, PROPOSEE, true)).isEmpty();
	}

}
