package fr.tierslieux.inclusion.presence;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord.LienPersonnel;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PointageParQrCode.Pointage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Self check-in with the rotating QR code: who is recognised, what the sheet then says,
 * how long a code stays good, and that nobody else is ever marked.
 */
@CoreTest
@Transactional
class PointageParQrCodeTest {

	@Autowired
	PointageParQrCode pointage;

	@Autowired
	FeuilleDEmargement feuilles;

	@Autowired
	PlanningDesSeances planning;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Connecte facilitation;

	ParcoursDeTest parcours;

	/** Today's session (2 March 2026, 14 h – 17 h, Paris); the clock says 10 h. */
	Long seance;

	@BeforeEach
	void uneSeanceAujourdhui() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		facilitation = enCours.facilitateur();
		parcours = parcoursKit.parcours(enCours.binome(), "Pointer " + Unique.numero(), 9);
		seance = parcours.ateliers().get(8);
	}

	@Test
	void a_person_scans_and_is_marked_present_once_however_often_they_scan() {
		Long ines = personne(OrientationStatut.EN_PARCOURS, parcours.id());
		personne(OrientationStatut.ACCEPTEE, parcours.id());
		LienPersonnel lien = lien(ines);
		String code = pointage.ecran(facilitation.perimetre(), seance).code();

		assertThat(pointage.seanceDuCode(code)).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(seance));
		Pointage premier = pointage.pointer(code, lien.jeton());
		Pointage second = pointage.pointer(code, lien.jeton());

		assertThat(premier).isEqualTo(new Pointage("Alex", PresenceStatut.PRESENT, false));
		assertThat(second).isEqualTo(new Pointage("Alex", PresenceStatut.PRESENT, true));
		assertThat(feuilles.feuille(facilitation.perimetre(), seance).lignes())
			.filteredOn(FeuilleDEmargement.Ligne::statut, PresenceStatut.PRESENT)
			.extracting(FeuilleDEmargement.Ligne::beneficiaireId, FeuilleDEmargement.Ligne::parLaPersonne)
			.containsExactly(tuple(ines, true));
		assertThat(jdbc.sql("select beneficiaire_id from presence where atelier_id = ?")
			.param(seance)
			.query(Long.class)
			.list()).as("ni Zoé ni personne d'autre").containsExactly(ines);
		assertThat(jdbc.sql("select count(*) from participation where parcours_id = ? and beneficiaire_id = ?")
			.params(parcours.id(), ines)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(pointage.ecran(facilitation.perimetre(), seance).pointees()).isEqualTo(1);
	}

	@Test
	void the_personal_code_works_as_typed_on_a_phone() {
		Long ines = personne(OrientationStatut.ACCEPTEE, parcours.id());
		String tape = lien(ines).code().toLowerCase().replace("-", " ");
		String code = pointage.ecran(facilitation.perimetre(), seance).code();

		assertThat(pointage.pointer(code, tape).statut()).isEqualTo(PresenceStatut.PRESENT);
	}

	@Test
	void after_the_first_quarter_hour_a_check_in_is_late_and_contradicts_an_absent_but_not_an_excuse() {
		Long ines = personne(OrientationStatut.EN_PARCOURS, parcours.id());
		Long zoe = personne(OrientationStatut.EN_PARCOURS, parcours.id());
		Long sam = personne(OrientationStatut.EN_PARCOURS, parcours.id());
		feuilles.enregistrer(facilitation.perimetre(), seance,
				Map.of(ines, PresenceStatut.ABSENT, zoe, PresenceStatut.EXCUSE));
		horloge.regler(CoreTestApplication.DEPART.plus(Duration.ofHours(4).plusMinutes(16)));
		String code = pointage.ecran(facilitation.perimetre(), seance).code();

		assertThat(pointage.pointer(code, lien(ines).jeton()))
			.isEqualTo(new Pointage("Alex", PresenceStatut.EN_RETARD, false));
		assertThat(pointage.pointer(code, lien(zoe).jeton()))
			.isEqualTo(new Pointage("Alex", PresenceStatut.EXCUSE, true));
		assertThat(pointage.pointer(code, lien(sam).jeton()).statut()).isEqualTo(PresenceStatut.EN_RETARD);
		horloge.regler(CoreTestApplication.DEPART.plus(Duration.ofHours(4).plusMinutes(14)));
		Long lea = personne(OrientationStatut.EN_PARCOURS, parcours.id());
		assertThat(
				pointage.pointer(pointage.ecran(facilitation.perimetre(), seance).code(), lien(lea).jeton()).statut())
			.as("dans le premier quart d'heure")
			.isEqualTo(PresenceStatut.PRESENT);
	}

	@Test
	void a_code_opens_the_page_for_ninety_seconds_and_is_accepted_ten_minutes_then_never() {
		Long ines = personne(OrientationStatut.ACCEPTEE, parcours.id());
		String jeton = lien(ines).jeton();
		String code = pointage.ecran(facilitation.perimetre(), seance).code();

		horloge.avancer(Duration.ofMinutes(2));
		assertThat(pointage.seanceDuCode(code)).as("une photo envoyée à quelqu'un").isEmpty();
		assertThat(pointage.pointer(code, jeton).statut()).as("le temps de saisir son code")
			.isEqualTo(PresenceStatut.PRESENT);

		Long zoe = personne(OrientationStatut.ACCEPTEE, parcours.id());
		horloge.avancer(Duration.ofMinutes(9));
		assertThatThrownBy(() -> pointage.pointer(code, lien(zoe).jeton()))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("code"));
		assertThat(presents()).containsExactly(ines);
	}

	@Test
	void a_forged_or_borrowed_code_opens_nothing() {
		Long ines = personne(OrientationStatut.ACCEPTEE, parcours.id());
		String code = pointage.ecran(facilitation.perimetre(), seance).code();
		String[] parties = code.split("\\.");
		Long autre = parcours.ateliers().get(7);

		assertThat(pointage.seanceDuCode(autre + "." + parties[1] + "." + parties[2])).isEmpty();
		assertThat(pointage.seanceDuCode(parties[0] + "." + (Long.parseLong(parties[1]) + 1) + "." + parties[2]))
			.isEmpty();
		assertThat(pointage.seanceDuCode(parties[0] + "." + parties[1] + ".AAAAAAAAAAAAAAAA")).isEmpty();
		assertThat(pointage.seanceDuCode("n'importe quoi")).isEmpty();
		assertThat(pointage.seanceDuCode(null)).isEmpty();
		assertThatThrownBy(
				() -> pointage.pointer(parties[0] + "." + parties[1] + ".AAAAAAAAAAAAAAAA", lien(ines).jeton()))
			.isInstanceOf(SaisieRefuseeException.class);
		assertThat(presents()).isEmpty();
	}

	@Test
	void an_unknown_person_or_one_without_a_seat_is_told_so_and_nothing_is_written() {
		Long proposee = personne(null, parcours.id());
		Long ailleurs = personne(OrientationStatut.ACCEPTEE, enCours.parcours().id());
		String code = pointage.ecran(facilitation.perimetre(), seance).code();

		assertThatThrownBy(() -> pointage.pointer(code, lien(proposee).jeton())).isInstanceOfSatisfying(
				SaisieRefuseeException.class, e -> assertThat(e.codeMessage()).isEqualTo("pointage.pasInscrite"));
		assertThatThrownBy(() -> pointage.pointer(code, lien(ailleurs).code())).isInstanceOfSatisfying(
				SaisieRefuseeException.class, e -> assertThat(e.codeMessage()).isEqualTo("pointage.pasInscrite"));
		assertThatThrownBy(() -> pointage.pointer(code, "ABCD-EFGH")).isInstanceOfSatisfying(
				SaisieRefuseeException.class, e -> assertThat(e.codeMessage()).isEqualTo("pointage.personneInconnue"));
		assertThatThrownBy(() -> pointage.pointer(code, null)).isInstanceOf(SaisieRefuseeException.class);
		assertThat(presents()).isEmpty();
	}

	@Test
	void only_the_tiers_lieu_shows_the_code_and_only_on_the_day_of_a_session_held() {
		assertThatThrownBy(() -> pointage.ecran(enCours.conseiller().perimetre(), seance))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> pointage.ecran(facilitation.perimetre(), parcours.ateliers().get(7)))
			.isInstanceOfSatisfying(ConflitException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("conflit.pointageHorsDuJour"));
		String code = pointage.ecran(facilitation.perimetre(), seance).code();
		planning.annuler(facilitation.perimetre(), seance, 0, "Panne de chauffage");
		assertThatThrownBy(() -> pointage.ecran(facilitation.perimetre(), seance)).isInstanceOfSatisfying(
				ConflitException.class, e -> assertThat(e.codeMessage()).isEqualTo("conflit.seanceAnnulee"));
		assertThat(pointage.seanceDuCode(code)).as("séance annulée entre-temps").isEmpty();
	}

	private List<Long> presents() {
		return jdbc.sql("select beneficiaire_id from presence where atelier_id = ?")
			.param(seance)
			.query(Long.class)
			.list();
	}

	private LienPersonnel lien(Long personne) {
		return carnets.nouveauLien(enCours.conseiller().perimetre(), personne);
	}

	private Long personne(OrientationStatut statut, Long parcoursId) {
		return kit.oriente(enCours.agence(), enCours.conseiller(), facilitation.perimetre(), "Nom" + Unique.numero(),
				null, parcoursId, statut);
	}

}
