package fr.tierslieux.inclusion.beneficiaire;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.audit.AuditService.LigneAudit;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Transition;
import fr.tierslieux.inclusion.commun.TransitionRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;

import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.ABANDON;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.ACCEPTEE;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.PROPOSEE;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.REFUSEE;
import static fr.tierslieux.inclusion.beneficiaire.OrientationStatut.TERMINEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A referral's workflow: guarded, timed by the injected clock, kept in a timeline. */
@CoreTest
@Transactional
class OrientationServiceTest extends AvecDeuxRegions {

	@Autowired
	OrientationService orientations;

	@Autowired
	BeneficiaireService beneficiaires;

	@Autowired
	AuditService audit;

	@Autowired
	HorlogeDeTest horloge;

	@Override
	protected void avantLeScenario() {
		horloge.regler(CoreTestApplication.DEPART);
	}

	OrientationLigne orientation(Perimetre lecteur, Long personne, Long id) {
		return beneficiaires.fiche(lecteur, personne)
			.orientations()
			.stream()
			.filter(o -> o.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void each_change_is_kept_with_its_author_time_and_reason() {
		Perimetre facilitateur = s.facilitateurT1().perimetre();
		horloge.avancer(Duration.ofHours(2));

		orientations.changerStatut(facilitateur, s.o1(), 0, REFUSEE, "  Groupe complet\u0000 ");

		OrientationLigne vue = orientation(facilitateur, s.partagee(), s.o1());
		assertThat(vue.statut()).isEqualTo(REFUSEE);
		assertThat(vue.version()).isEqualTo(1);
		assertThat(vue.historique()).containsExactly(
				new Transition<>(null, PROPOSEE, BinomeKit.COORDINATION.identifiant(), null,
						CoreTestApplication.DEPART),
				new Transition<>(PROPOSEE, REFUSEE, facilitateur.identifiant(), "Groupe complet",
						CoreTestApplication.DEPART.plus(Duration.ofHours(2))));
	}

	@Test
	void a_transition_the_workflow_refuses_is_a_conflict_and_changes_nothing() {
		Perimetre facilitateur = s.facilitateurT1().perimetre();

		assertThatThrownBy(() -> orientations.changerStatut(facilitateur, s.o1(), 0, TERMINEE, null))
			.isInstanceOf(TransitionRefuseeException.class);

		OrientationLigne vue = orientation(facilitateur, s.partagee(), s.o1());
		assertThat(vue.statut()).isEqualTo(PROPOSEE);
		assertThat(vue.historique()).hasSize(1);
	}

	@Test
	void an_edit_made_on_a_stale_version_is_a_conflict() {
		Perimetre facilitateur = s.facilitateurT1().perimetre();
		orientations.changerStatut(facilitateur, s.o1(), 0, ACCEPTEE, null);

		assertThatThrownBy(() -> orientations.changerStatut(facilitateur, s.o1(), 0, REFUSEE, null))
			.isInstanceOf(ConflitException.class)
			.extracting(e -> ((ConflitException) e).codeMessage())
			.isEqualTo("conflit.modificationConcurrente");
		assertThat(orientation(facilitateur, s.partagee(), s.o1()).statut()).isEqualTo(ACCEPTEE);
	}

	@Test
	void the_receiving_binome_decides_the_referring_agence_only_records_an_abandon() {
		Perimetre conseillerA1 = s.conseillerA1().perimetre();
		Perimetre facilitateurT2 = s.facilitateurT2().perimetre();
		assertThat(orientation(conseillerA1, s.partagee(), s.o2()).statutsPossibles()).isEmpty();
		assertThat(orientation(facilitateurT2, s.partagee(), s.o2()).statutsPossibles()).containsExactly(ACCEPTEE,
				OrientationStatut.EN_LISTE_ATTENTE, REFUSEE);
		assertThatThrownBy(() -> orientations.changerStatut(conseillerA1, s.o2(), 0, ACCEPTEE, null))
			.isInstanceOf(AccesRefuseException.class);

		orientations.changerStatut(facilitateurT2, s.o2(), 0, ACCEPTEE, null);
		assertThat(orientation(conseillerA1, s.partagee(), s.o2()).statutsPossibles()).containsExactly(ABANDON);
		orientations.changerStatut(conseillerA1, s.o2(), 1, ABANDON, "Déménagement");

		assertThat(orientation(facilitateurT2, s.partagee(), s.o2()).statut()).isEqualTo(ABANDON);
	}

	@Test
	void a_referral_outside_the_perimeter_is_not_found_and_a_pilote_changes_nothing() {
		assertThatThrownBy(() -> orientations.changerStatut(s.facilitateurT1().perimetre(), s.o2(), 0, ACCEPTEE, null))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> orientations.changerStatut(s.coordinationR3().perimetre(), s.o1(), 0, ACCEPTEE, null))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> orientations.changerStatut(s.piloteR2().perimetre(), s.o3(), 0, ACCEPTEE, null))
			.isInstanceOf(AccesRefuseException.class);
	}

	@Test
	void reading_a_page_writes_its_audit_line_in_the_same_transaction() {
		Perimetre conseiller = s.conseillerA1().perimetre();

		beneficiaires.fiche(conseiller, s.partagee());

		List<LigneAudit> historique = audit.historique(BeneficiaireService.OBJET, s.partagee());
		assertThat(historique).extracting(LigneAudit::auteur).containsExactly(conseiller.identifiant());
		assertThat(historique).extracting(LigneAudit::action).containsExactly(AuditService.LECTURE);
		assertThat(historique).extracting(LigneAudit::survenuLe).containsExactly(CoreTestApplication.DEPART);
	}

	/**
	 * Fail-closed: an author the journal cannot hold (over 150 characters) gets no page.
	 */
	@Test
	void no_page_is_returned_when_its_audit_line_cannot_be_written() {
		Perimetre sansTrace = new Perimetre("x".repeat(200), Role.ADMIN, java.util.Set.of(), java.util.Set.of(),
				java.util.Set.of());

		assertThatThrownBy(() -> beneficiaires.fiche(sansTrace, s.partagee()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
