package fr.tierslieux.inclusion.presence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.atelier.NouvelleSeance;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.ParcoursService;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign-in sheet of a session: exactly the people holding a seat, who fills it,
 * sending it again, and the sessions whose sheet stays closed.
 */
@CoreTest
@Transactional
class FeuilleDEmargementTest {

	@Autowired
	FeuilleDEmargement feuilles;

	@Autowired
	PlanningDesSeances planning;

	@Autowired
	PresenceService presences;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	ParcoursService parcoursService;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	JdbcClient jdbc;

	RegionDeTest region;

	Long agence;

	Long binome;

	Connecte facilitation;

	Connecte conseiller;

	ParcoursDeTest parcours;

	Long seance;

	@BeforeEach
	void uneSeancePassee() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		region = enCours.region();
		agence = enCours.agence();
		facilitation = enCours.facilitateur();
		conseiller = enCours.conseiller();
		binome = enCours.binome();
		parcours = enCours.parcours();
		seance = parcours.ateliers().get(0);
	}

	@Test
	void the_sheet_lists_exactly_the_people_holding_a_seat_in_name_order() {
		Long zoe = personne("Zola", OrientationStatut.EN_PARCOURS, parcours.id());
		Long ines = personne("Abadie", OrientationStatut.ACCEPTEE, parcours.id());
		personne("Proposee", null, parcours.id());
		personne("Refusee", OrientationStatut.REFUSEE, parcours.id());
		personne("Ailleurs", OrientationStatut.ACCEPTEE, parcoursKit.parcours(binome, "Autre", 1).id());

		assertThat(feuilles.feuille(facilitation.perimetre(), seance).lignes())
			.extracting(FeuilleDEmargement.Ligne::beneficiaireId)
			.containsExactly(ines, zoe);
	}

	@Test
	void only_the_tiers_lieu_and_the_coordination_fill_it() {
		assertThatThrownBy(() -> feuilles.feuille(conseiller.perimetre(), seance))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> feuilles.enregistrer(conseiller.perimetre(), seance, Map.of()))
			.isInstanceOf(AccesRefuseException.class);
		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), region.departement()));
		assertThatThrownBy(() -> feuilles.feuille(ailleurs.perimetre(), seance))
			.isInstanceOf(IntrouvableException.class);
		assertThat(feuilles.feuille(comptes.coordinateur(region.code()).perimetre(), seance).lignes()).isEmpty();
	}

	@Test
	void sending_the_sheet_again_changes_the_lines_and_adds_none() {
		Long ines = personne("Abadie", OrientationStatut.ACCEPTEE, parcours.id());
		Long zoe = personne("Zola", OrientationStatut.ACCEPTEE, parcours.id());

		feuilles.enregistrer(facilitation.perimetre(), seance, Map.of(ines, PresenceStatut.PRESENT));
		feuilles.enregistrer(facilitation.perimetre(), seance,
				Map.of(ines, PresenceStatut.PRESENT, zoe, PresenceStatut.ABSENT));
		feuilles.enregistrer(facilitation.perimetre(), seance,
				Map.of(ines, PresenceStatut.EN_RETARD, zoe, PresenceStatut.ABSENT));

		assertThat(
				jdbc.sql("select count(*) from presence where atelier_id = ?").param(seance).query(Long.class).single())
			.isEqualTo(2);
		assertThat(feuilles.feuille(facilitation.perimetre(), seance).lignes())
			.extracting(FeuilleDEmargement.Ligne::statut)
			.containsExactly(PresenceStatut.EN_RETARD, PresenceStatut.ABSENT);
		assertThat(jdbc.sql("select count(*) from participation where beneficiaire_id in (?, ?)")
			.params(ines, zoe)
			.query(Long.class)
			.single()).as("seule la personne venue a suivi le parcours").isEqualTo(1);
	}

	@Test
	void the_counsellor_is_warned_from_the_second_unexcused_absence_and_an_excuse_does_not_count() {
		Long ines = personne("Abadie", OrientationStatut.EN_PARCOURS, parcours.id());
		Long zoe = personne("Zola", OrientationStatut.EN_PARCOURS, parcours.id());
		feuilles.enregistrer(facilitation.perimetre(), seance,
				Map.of(ines, PresenceStatut.ABSENT, zoe, PresenceStatut.ABSENT));
		feuilles.enregistrer(facilitation.perimetre(), parcours.ateliers().get(1),
				Map.of(ines, PresenceStatut.ABSENT, zoe, PresenceStatut.EXCUSE));

		assertThat(presences.assiduite(ines, List.of(parcours.id())).get(parcours.id()))
			.isEqualTo(new Assiduite(0, 2, 2, true));
		assertThat(presences.assiduite(zoe, List.of(parcours.id())).get(parcours.id()))
			.isEqualTo(new Assiduite(0, 2, 1, false));
	}

	@Test
	void a_person_not_on_the_sheet_a_future_or_cancelled_session_are_refused_and_nothing_is_written() {
		Long ines = personne("Abadie", OrientationStatut.ACCEPTEE, parcours.id());
		Long proposee = personne("Proposee", null, parcours.id());
		assertThatThrownBy(() -> feuilles.enregistrer(facilitation.perimetre(), seance,
				Map.of(ines, PresenceStatut.PRESENT, proposee, PresenceStatut.PRESENT)))
			.isInstanceOf(SaisieRefuseeException.class);

		Long futur = parcoursService.creer(binome, "Plus tard", TypologieParcours.PROFESSIONNALISATION,
				FormatParcours.COURT, new BigDecimal("5000"), "Tous publics", LocalDate.of(2099, 1, 5),
				LocalDate.of(2099, 3, 5), 8);
		Long aVenir = planning.planifier(facilitation.perimetre(), futur, new NouvelleSeance("Accueil",
				LocalDate.of(2099, 1, 6), LocalTime.of(9, 0), 60, "Salle", TypeAtelier.SAS_ACCUEIL, null, false));
		assertThat(feuilles.feuille(facilitation.perimetre(), aVenir).ouverte()).isFalse();
		assertThatThrownBy(() -> feuilles.enregistrer(facilitation.perimetre(), aVenir, Map.of()))
			.isInstanceOfSatisfying(ConflitException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("conflit.seanceAVenir"));

		Long seconde = parcours.ateliers().get(1);
		planning.annuler(facilitation.perimetre(), seconde, 0, "Salle inondée");
		assertThatThrownBy(
				() -> feuilles.enregistrer(facilitation.perimetre(), seconde, Map.of(ines, PresenceStatut.PRESENT)))
			.isInstanceOfSatisfying(ConflitException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("conflit.seanceAnnulee"));
		assertThat(jdbc.sql("select count(*) from presence where beneficiaire_id = ?")
			.param(ines)
			.query(Long.class)
			.single()).isZero();
	}

	Long personne(String nom, OrientationStatut statut, Long parcoursId) {
		return kit.oriente(agence, conseiller, facilitation.perimetre(), nom + Unique.numero(), null, parcoursId,
				statut);
	}

}
