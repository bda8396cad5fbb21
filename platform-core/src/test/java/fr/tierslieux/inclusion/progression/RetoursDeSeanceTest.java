package fr.tierslieux.inclusion.progression;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.progression.RetoursDeSeance.MaSeance;
import fr.tierslieux.inclusion.progression.RetoursDeSeance.Personne;
import fr.tierslieux.inclusion.progression.RetoursDeSeance.Retour;
import fr.tierslieux.inclusion.progression.RetoursDeSeance.Synthese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each participant's feedback on a session: given by the person on their own sessions
 * held, or entered by the tiers-lieu without overwriting what the person wrote; a summary
 * per session for the tiers-lieu alone, naming nobody.
 */
@CoreTest
@Transactional
class RetoursDeSeanceTest {

	@Autowired
	RetoursDeSeance retours;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long lina;

	Long sam;

	Long seance;

	@BeforeEach
	void deuxPersonnesEnParcours() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		lina = personne(enCours.parcours().id());
		sam = personne(enCours.parcours().id());
		seance = enCours.parcours().ateliers().get(0);
	}

	@Test
	void the_person_says_how_a_session_of_theirs_went_and_may_change_it_but_nothing_of_others() {
		String jeton = carnets.nouveauLien(enCours.conseiller().perimetre(), lina).jeton();
		assertThat(retours.pourLaPersonne(jeton).orElseThrow().seances()).extracting(MaSeance::id, MaSeance::ressenti)
			.containsExactly(tuple(enCours.parcours().ateliers().get(1), null), tuple(seance, null));

		retours.donnerParLaPersonne(jeton, seance, new Retour(2, "Joindre un fichier", "Les dossiers"));
		retours.donnerParLaPersonne(jeton, seance, new Retour(3, "Joindre un fichier", null));

		assertThat(retours.pourLaPersonne(jeton).orElseThrow().seances()).extracting(MaSeance::ressenti)
			.containsExactly(null, 3);
		Long ailleurs = parcoursKit.parcours(enCours.binome(), "Autre " + Unique.numero(), 1).ateliers().get(0);
		assertThatThrownBy(() -> retours.donnerParLaPersonne(jeton, ailleurs, new Retour(4, null, null)))
			.isInstanceOf(IntrouvableException.class);
		jdbc.sql("update atelier set date_atelier = date '2026-05-01' where id = ?")
			.param(enCours.parcours().ateliers().get(1))
			.update();
		assertThatThrownBy(() -> retours.donnerParLaPersonne(jeton, enCours.parcours().ateliers().get(1),
				new Retour(4, null, null)))
			.as("une séance à venir")
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> retours.donnerParLaPersonne(jeton, seance, new Retour(null, "x", null)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("ressenti"));
		assertThat(jdbc.sql("select count(*) from retour_seance where beneficiaire_id = ?")
			.param(lina)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void the_tiers_lieu_enters_a_feedback_given_aloud_but_never_over_the_persons_own() {
		Connecte facilitation = enCours.facilitateur();
		String jeton = carnets.nouveauLien(enCours.conseiller().perimetre(), lina).jeton();
		retours.donnerParLaPersonne(jeton, seance, new Retour(4, "Tout", null));

		retours.donnerParLeTiersLieu(facilitation.perimetre(), seance, sam, new Retour(1, null, "Le clavier"));
		assertThatThrownBy(
				() -> retours.donnerParLeTiersLieu(facilitation.perimetre(), seance, lina, new Retour(1, null, null)))
			.isInstanceOf(ConflitException.class);
		Long horsParcours = personne(parcoursKit.parcours(enCours.binome(), "Autre " + Unique.numero(), 1).id());
		assertThatThrownBy(() -> retours.donnerParLeTiersLieu(facilitation.perimetre(), seance, horsParcours,
				new Retour(3, null, null)))
			.isInstanceOf(SaisieRefuseeException.class);

		Synthese synthese = retours.synthese(facilitation.perimetre(), seance);
		assertThat(synthese.reponses()).isEqualTo(2);
		assertThat(synthese.ressentis()).containsExactly(1L, 0L, 0L, 1L);
		assertThat(synthese.appris()).containsExactly("Tout");
		assertThat(synthese.aRevoir()).containsExactly("Le clavier");
		assertThat(synthese.participants()).extracting(Personne::id, Personne::repondu)
			.containsExactlyInAnyOrder(tuple(lina, true), tuple(sam, true));
	}

	@Test
	void the_summary_is_the_tiers_lieus_and_the_coordinations_only() {
		List<Connecte> refuses = List.of(enCours.conseiller());
		refuses.forEach(c -> assertThatThrownBy(() -> retours.synthese(c.perimetre(), seance))
			.isInstanceOf(AccesRefuseException.class));
		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), enCours.region().departement()));
		assertThatThrownBy(() -> retours.synthese(ailleurs.perimetre(), seance))
			.isInstanceOf(IntrouvableException.class);
		assertThat(retours.synthese(comptes.coordinateur(enCours.region().code()).perimetre(), seance).participants())
			.extracting(Personne::id)
			.containsExactlyInAnyOrder(lina, sam);
	}

	private Long personne(Long parcours) {
		return kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Retour" + Unique.numero(), null, parcours, OrientationStatut.EN_PARCOURS);
	}

}
