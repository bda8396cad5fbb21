package fr.tierslieux.inclusion.progression;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.progression.FinDeParcours.Bilan;
import fr.tierslieux.inclusion.progression.FinDeParcours.Fin;
import fr.tierslieux.inclusion.progression.FinDeParcours.Lieu;
import fr.tierslieux.inclusion.progression.FinDeParcours.Rebond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The end of a parcours: the assessment on the valuing scale, and the rebonds to places
 * of the directory near the parcours, written by those who follow the person, read by the
 * counsellor.
 */
@CoreTest
@Transactional
class FinDeParcoursTest {

	@Autowired
	FinDeParcours fin;

	@Autowired
	BeneficiaireService beneficiaires;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long personne;

	Long orientation;

	Long voisin;

	@BeforeEach
	void unePersonneEnParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		personne = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Fin" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		orientation = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
		voisin = annuaire.tiersLieu("Point numérique " + Unique.numero(), enCours.region().departement());
	}

	@Test
	void the_assessment_takes_two_answers_of_the_scale_and_a_new_one_replaces_it() {
		assertThatThrownBy(() -> fin.evaluer(enCours.facilitateur().perimetre(), personne, orientation, null, 3, null))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.champ()).isEqualTo("nouveauProjet"));
		assertThatThrownBy(() -> fin.evaluer(enCours.facilitateur().perimetre(), personne, orientation, 3, 5, null))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.champ()).isEqualTo("competencesProjet"));

		fin.evaluer(enCours.facilitateur().perimetre(), personne, orientation, 2, 3, "Veut créer son activité");
		fin.evaluer(enCours.conseiller().perimetre(), personne, orientation, 3, 3, "Veut créer son activité");

		assertThat(fins().bilan())
			.contains(new Bilan(3, 3, "Veut créer son activité", enCours.conseiller().identifiant()));
	}

	@Test
	void a_rebond_goes_to_a_place_of_the_directory_near_the_parcours_once() {
		Long loin = annuaire.tiersLieu("Loin " + Unique.numero(), territoire.region().departement());
		assertThat(fins().lieux()).extracting(Lieu::id).contains(voisin).doesNotContain(enCours.tiersLieu(), loin);

		fin.orienterVers(enCours.facilitateur().perimetre(), personne, orientation, voisin, "Accès libre le mardi");
		assertThatThrownBy(
				() -> fin.orienterVers(enCours.conseiller().perimetre(), personne, orientation, voisin, null))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("fin.dejaPropose"));
		assertThatThrownBy(() -> fin.orienterVers(enCours.conseiller().perimetre(), personne, orientation, loin, null))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("fin.lieuInconnu"));
		assertThatThrownBy(() -> fin.orienterVers(enCours.conseiller().perimetre(), personne, orientation,
				enCours.tiersLieu(), null))
			.isInstanceOf(SaisieRefuseeException.class);

		assertThat(fins().rebonds()).extracting(r -> r.lieu().id(), Rebond::motif)
			.containsExactly(tuple(voisin, "Accès libre le mardi"));
	}

	@Test
	void only_those_who_follow_the_person_write_and_only_once_the_parcours_has_begun() {
		assertThatThrownBy(() -> fin.evaluer(comptes.coordinateur(enCours.region().code()).perimetre(), personne,
				orientation, 3, 3, null))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(
				() -> fin.orienterVers(comptes.conseiller(annuaire.agence(enCours.region().departement())).perimetre(),
						personne, orientation, voisin, null))
			.isInstanceOf(IntrouvableException.class);
		Long proposee = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Proposee" + Unique.numero(), null, enCours.parcours().id(), null);
		Long sonOrientation = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(proposee)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> fin.evaluer(enCours.conseiller().perimetre(), proposee, sonOrientation, 3, 3, null))
			.isInstanceOf(IntrouvableException.class);
		assertThat(jdbc.sql("select count(*) from bilan_fin_parcours where orientation_id in (?, ?)")
			.params(orientation, sonOrientation)
			.query(Long.class)
			.single()).isZero();
	}

	private Fin fins() {
		return fin.fins(beneficiaires.fiche(enCours.conseiller().perimetre(), personne)).get(orientation);
	}

}
