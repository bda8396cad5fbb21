package fr.tierslieux.inclusion.demarche;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.demarche.QuestionnaireDeLaDemarche.BinomeRepondant;
import fr.tierslieux.inclusion.demarche.QuestionnaireDeLaDemarche.Question;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The questionnaire on the approach: written by the vague's coordination, answered by
 * each side of a binôme for itself, read side by side; values each question takes.
 */
@CoreTest
@Transactional
class QuestionnaireDeLaDemarcheTest {

	@Autowired
	QuestionnaireDeLaDemarche questionnaire;

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

	Connecte coordination;

	Long vague;

	@BeforeEach
	void unBinomeEtSaCoordination() {
		enCours = parcoursEnCours.parcoursEnCours();
		coordination = comptes.coordinateur(enCours.region().code());
		vague = jdbc.sql("select vague_id from binome where id = ?").param(enCours.binome()).query(Long.class).single();
	}

	@Test
	void the_coordination_writes_questions_of_three_kinds_and_nobody_else() {
		refuse("", GenreQuestion.TEXTE, null, "libelle");
		refuse("x".repeat(301), GenreQuestion.TEXTE, null, "libelle");
		refuse("Le binôme s'est-il bien entendu ?", null, null, "genre");
		refuse("Combien de réunions ?", GenreQuestion.CHOIX, "Une seule", "choix");

		questionnaire.ajouter(coordination.perimetre(), vague, "Le binôme a bien fonctionné", GenreQuestion.ECHELLE,
				"ignoré");
		questionnaire.ajouter(coordination.perimetre(), vague, "Combien de réunions ?", GenreQuestion.CHOIX,
				"Une\n  Deux \n\nTrois ou plus\nDeux");
		questionnaire.ajouter(coordination.perimetre(), vague, "Ce qu'il faudrait changer", GenreQuestion.TEXTE, null);

		assertThat(questionnaire.questions(coordination.perimetre(), vague))
			.extracting(Question::ordre, Question::genre, Question::choix)
			.containsExactly(tuple(1, GenreQuestion.ECHELLE, List.of()),
					tuple(2, GenreQuestion.CHOIX, List.of("Une", "Deux", "Trois ou plus")),
					tuple(3, GenreQuestion.TEXTE, List.of()));
		assertThat(questionnaire.coteACote(coordination.perimetre(), vague))
			.as("personne n'a répondu : les binômes sont comptés, pas listés")
			.satisfies(c -> assertThat(c.binomes()).isEmpty())
			.satisfies(c -> assertThat(c.sansReponse())
				.isEqualTo(jdbc.sql("select count(*) from binome where vague_id = ?")
					.param(vague)
					.query(Long.class)
					.single()));
		assertThatThrownBy(
				() -> questionnaire.ajouter(enCours.facilitateur().perimetre(), vague, "Q", GenreQuestion.TEXTE, null))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(
				() -> questionnaire.questions(comptes.coordinateur(territoire.region().code()).perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void each_side_answers_for_itself_and_the_coordination_reads_both_side_by_side() {
		Long echelle = questionnaire.ajouter(coordination.perimetre(), vague, "Bien fonctionné", GenreQuestion.ECHELLE,
				null);
		Long choix = questionnaire.ajouter(coordination.perimetre(), vague, "Réunions", GenreQuestion.CHOIX,
				"Une\nDeux");
		Long texte = questionnaire.ajouter(coordination.perimetre(), vague, "À changer", GenreQuestion.TEXTE, null);

		questionnaire.repondre(enCours.conseiller().perimetre(), enCours.binome(),
				Map.of(echelle, "3", choix, "Deux", texte, "Plus de temps"));
		questionnaire.repondre(enCours.facilitateur().perimetre(), enCours.binome(), Map.of(echelle, "2", texte, ""));
		refuseReponse(Map.of(echelle, "5"), "q-" + echelle);
		refuseReponse(Map.of(choix, "Trois"), "q-" + choix);
		refuseReponse(Map.of(echelle + 1_000_000, "2"), "q-" + (echelle + 1_000_000));

		assertThat(questionnaire.pourLeBinome(enCours.facilitateur().perimetre(), enCours.binome()).reponses())
			.containsExactly(Map.entry(echelle, "2"));
		BinomeRepondant binome = questionnaire.coteACote(coordination.perimetre(), vague)
			.binomes()
			.stream()
			.filter(b -> b.id().equals(enCours.binome()))
			.findFirst()
			.orElseThrow();
		assertThat(binome.reponse(echelle, Cote.AGENCE)).isEqualTo("3");
		assertThat(binome.reponse(echelle, Cote.TIERS_LIEU)).isEqualTo("2");
		assertThat(binome.reponse(texte, Cote.AGENCE)).isEqualTo("Plus de temps");
		assertThat(binome.reponse(texte, Cote.TIERS_LIEU)).isNull();
		assertThatThrownBy(
				() -> questionnaire.repondre(coordination.perimetre(), enCours.binome(), Map.of(echelle, "4")))
			.isInstanceOf(AccesRefuseException.class);
		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), enCours.region().departement()));
		assertThatThrownBy(() -> questionnaire.pourLeBinome(ailleurs.perimetre(), enCours.binome()))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void a_question_answered_stays_one_not_answered_may_go() {
		Long repondue = questionnaire.ajouter(coordination.perimetre(), vague, "Bien fonctionné", GenreQuestion.ECHELLE,
				null);
		Long libre = questionnaire.ajouter(coordination.perimetre(), vague, "Autre", GenreQuestion.TEXTE, null);
		questionnaire.repondre(enCours.conseiller().perimetre(), enCours.binome(), Map.of(repondue, "4"));

		assertThatThrownBy(() -> questionnaire.retirer(coordination.perimetre(), vague, repondue))
			.isInstanceOf(ConflitException.class);
		questionnaire.retirer(coordination.perimetre(), vague, libre);
		assertThat(questionnaire.questions(coordination.perimetre(), vague)).extracting(Question::id)
			.containsExactly(repondue);
	}

	private void refuse(String libelle, GenreQuestion genre, String choix, String champ) {
		assertThatThrownBy(() -> questionnaire.ajouter(coordination.perimetre(), vague, libelle, genre, choix))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo(champ));
	}

	private void refuseReponse(Map<Long, String> reponses, String champ) {
		assertThatThrownBy(() -> questionnaire.repondre(enCours.conseiller().perimetre(), enCours.binome(), reponses))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo(champ));
	}

}
