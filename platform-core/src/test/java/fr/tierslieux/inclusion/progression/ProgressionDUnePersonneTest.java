package fr.tierslieux.inclusion.progression;

import java.util.List;
import java.util.Map;

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
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne.Critere;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne.DansUnParcours;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne.Note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A person's criteria of progress: chosen 3 or 4, from the referential or in their own
 * words; rated before, after a session held and at the end, by those who follow them or
 * by the person; read and written by exactly those who follow them.
 */
@CoreTest
@Transactional
class ProgressionDUnePersonneTest {

	static final List<NouveauCritere> TROIS = List.of(
			new NouveauCritere("Je me sens capable de mener une recherche d'information", "PIX:1.1"),
			new NouveauCritere("J'ose envoyer un courriel à un employeur", "PIX:2.1"),
			new NouveauCritere("Je sais où trouver de l'aide près de chez moi", ""));

	@Autowired
	ProgressionDUnePersonne progression;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long personne;

	Long orientation;

	@BeforeEach
	void unePersonneEnParcours() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		personne = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Progres" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		orientation = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
	}

	@Test
	void three_or_four_distinct_criteria_from_the_referential_or_free_and_nothing_else() {
		refuse(List.of(TROIS.get(0), TROIS.get(1)), "progression.nombre");
		refuse(List.of(TROIS.get(0), TROIS.get(1), TROIS.get(2), new NouveauCritere("Un", null),
				new NouveauCritere("Deux", null)), "progression.nombre");
		refuse(List.of(TROIS.get(0), TROIS.get(1),
				new NouveauCritere("j'ose envoyer un courriel à un employeur", null)), "progression.enDouble");
		refuse(List.of(TROIS.get(0), TROIS.get(1), new NouveauCritere("Lire un plan", "CONTRAINTE:C01")),
				"progression.competenceInconnue");
		refuse(List.of(TROIS.get(0), TROIS.get(1), new NouveauCritere("x".repeat(201), null)),
				"progression.libelleTropLong");
		refuse(List.of(TROIS.get(0), TROIS.get(1), new NouveauCritere(" ", "PIX:3.1")), "progression.libelleManquant");
		assertThat(criteres()).isEmpty();

		progression.definir(enCours.conseiller().perimetre(), personne, orientation,
				List.of(TROIS.get(0), new NouveauCritere("", ""), TROIS.get(1), TROIS.get(2)));

		assertThat(criteres()).extracting(Critere::ordre, Critere::libelle, Critere::competence)
			.containsExactly(tuple(1, TROIS.get(0).libelle(), "PIX:1.1"), tuple(2, TROIS.get(1).libelle(), "PIX:2.1"),
					tuple(3, TROIS.get(2).libelle(), null));
	}

	@Test
	void ratings_before_after_a_session_held_and_at_the_end_each_replaced_by_a_new_one() {
		progression.definir(enCours.facilitateur().perimetre(), personne, orientation, TROIS);
		List<Long> ids = criteres().stream().map(Critere::id).toList();
		Long seance = enCours.parcours().ateliers().get(0);

		progression.noter(enCours.conseiller().perimetre(), personne, orientation, Moment.AVANT, null,
				Map.of(ids.get(0), 1, ids.get(1), 2));
		progression.noter(enCours.conseiller().perimetre(), personne, orientation, Moment.AVANT, null,
				Map.of(ids.get(0), 2));
		progression.noter(enCours.facilitateur().perimetre(), personne, orientation, Moment.PENDANT, seance,
				Map.of(ids.get(0), 3));
		progression.noter(enCours.facilitateur().perimetre(), personne, orientation, Moment.FIN, null,
				Map.of(ids.get(0), 4));

		Critere premier = criteres().get(0);
		assertThat(premier.notes()).extracting(Note::moment, Note::note)
			.containsExactly(tuple(Moment.AVANT, 2), tuple(Moment.PENDANT, 3), tuple(Moment.FIN, 4));
		assertThat(premier.premiere()).get().extracting(Note::note).isEqualTo(2);
		assertThat(premier.derniere()).get().extracting(Note::note).isEqualTo(4);
		assertThat(criteres().get(2).notes()).isEmpty();
		assertThatThrownBy(() -> progression.definir(enCours.conseiller().perimetre(), personne, orientation, TROIS))
			.as("des critères déjà notés ne se réécrivent pas")
			.isInstanceOf(ConflitException.class);
	}

	@Test
	void a_rating_outside_the_scale_of_another_criterion_or_after_an_unheld_session_is_refused() {
		progression.definir(enCours.facilitateur().perimetre(), personne, orientation, TROIS);
		Long critere = criteres().get(0).id();
		Long autrePersonne = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Autre" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);

		assertThatThrownBy(() -> progression.noter(enCours.conseiller().perimetre(), personne, orientation,
				Moment.AVANT, null, Map.of(critere, 5)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("progression.noteHorsEchelle"));
		assertThatThrownBy(() -> progression.noter(enCours.conseiller().perimetre(), autrePersonne, orientation,
				Moment.AVANT, null, Map.of(critere, 2)))
			.as("l'orientation d'une autre personne")
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> progression.noter(enCours.conseiller().perimetre(), personne, orientation,
				Moment.PENDANT, 999_999_999L, Map.of(critere, 2)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("progression.seanceInconnue"));
		assertThatThrownBy(() -> progression.noter(enCours.conseiller().perimetre(), personne, orientation,
				Moment.AVANT, null, Map.of(criteres().get(0).id() + 1_000_000, 2)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("progression.critereInconnu"));
		assertThat(jdbc.sql("select count(*) from note_critere where critere_id = ?")
			.param(critere)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void exactly_those_who_follow_the_person_read_and_only_the_counsellor_and_facilitator_write() {
		progression.definir(enCours.conseiller().perimetre(), personne, orientation, TROIS);
		Connecte coordination = comptes.coordinateur(enCours.region().code());
		Connecte autreTiersLieu = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), enCours.region().departement()));
		Connecte autreAgence = comptes.conseiller(annuaire.agence(enCours.region().departement()));

		assertThat(progression.progression(coordination.perimetre(), personne).parcours())
			.extracting(DansUnParcours::orientationId)
			.containsExactly(orientation);
		assertThat(progression.progression(coordination.perimetre(), personne).ecrivain()).isFalse();
		assertThat(progression.progression(enCours.facilitateur().perimetre(), personne).ecrivain()).isTrue();
		assertThatThrownBy(() -> progression.noter(coordination.perimetre(), personne, orientation, Moment.AVANT, null,
				Map.of(criteres().get(0).id(), 2)))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> progression.progression(autreTiersLieu.perimetre(), personne))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> progression.progression(autreAgence.perimetre(), personne))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> progression.definir(autreTiersLieu.perimetre(), personne, orientation, TROIS))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void the_person_rates_where_they_are_today_before_during_and_after_their_parcours() {
		progression.definir(enCours.conseiller().perimetre(), personne, orientation, TROIS);
		String jeton = carnets.nouveauLien(enCours.conseiller().perimetre(), personne).jeton();
		Long critere = criteres().get(0).id();
		jdbc.sql("update atelier set date_atelier = date '2026-04-01' where parcours_id = ?")
			.param(enCours.parcours().id())
			.update();

		assertThat(progression.noterParLaPersonne(jeton, orientation, Map.of(critere, 1))).isEqualTo(Moment.AVANT);
		jdbc.sql("update atelier set date_atelier = date '2026-02-01' where id = ?")
			.param(enCours.parcours().ateliers().get(0))
			.update();
		assertThat(progression.noterParLaPersonne(jeton, orientation, Map.of(critere, 3))).isEqualTo(Moment.PENDANT);
		jdbc.sql("update orientation set statut = 'TERMINEE' where id = ?").param(orientation).update();
		assertThat(progression.noterParLaPersonne(jeton, orientation, Map.of(critere, 4))).isEqualTo(Moment.FIN);

		assertThat(progression.pourLaPersonne(jeton).orElseThrow().parcours().get(0).criteres().get(0).notes())
			.extracting(Note::moment, Note::note, Note::parLaPersonne)
			.containsExactly(tuple(Moment.AVANT, 1, true), tuple(Moment.PENDANT, 3, true), tuple(Moment.FIN, 4, true));
		Long autre = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Autre" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		String autreJeton = carnets.nouveauLien(enCours.conseiller().perimetre(), autre).jeton();
		assertThatThrownBy(() -> progression.noterParLaPersonne(autreJeton, orientation, Map.of(critere, 1)))
			.as("les critères d'une autre personne")
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> progression.noterParLaPersonne("pas-un-lien", orientation, Map.of(critere, 1)))
			.isInstanceOf(IntrouvableException.class);
	}

	private void refuse(List<NouveauCritere> criteres, String message) {
		assertThatThrownBy(() -> progression.definir(enCours.conseiller().perimetre(), personne, orientation, criteres))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.codeMessage()).isEqualTo(message));
	}

	private List<Critere> criteres() {
		return progression.progression(enCours.conseiller().perimetre(), personne).parcours().get(0).criteres();
	}

}
