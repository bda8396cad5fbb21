package fr.tierslieux.inclusion.demarche;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The questionnaire on the approach: written per vague by its coordination (a scale of 1
 * to 4, a choice among options, or free text), answered by each binôme, the agence's side
 * and the tiers-lieu's side separately, and read by the coordination side by side. A
 * question already answered is no longer removed: the answers would lose their question.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireDeLaDemarche {

	public static final int LIBELLE_MAX = 300;

	public static final int REPONSE_MAX = 2000;

	public static final int CHOIX_MAX = 10;

	private final JdbcClient sql;

	private final LectureDesBinomes binomes;

	private final Clock clock;

	QuestionnaireDeLaDemarche(JdbcClient sql, LectureDesBinomes binomes, Clock clock) {
		this.sql = sql;
		this.binomes = binomes;
		this.clock = clock;
	}

	/** The vague's questions, for its coordination. */
	public List<Question> questions(Perimetre qui, Long vagueId) {
		verifierCoordination(qui, vagueId);
		return questions(vagueId);
	}

	/**
	 * @param choix the options of a {@link GenreQuestion#CHOIX} question, one per line
	 * @throws SaisieRefuseeException field {@code libelle}, {@code genre} or
	 * {@code choix}
	 */
	@Transactional
	public Long ajouter(Perimetre qui, Long vagueId, String libelle, GenreQuestion genre, String choix) {
		verifierCoordination(qui, vagueId);
		String propre = Saisie.nettoyer(libelle, Integer.MAX_VALUE);
		if (propre.isEmpty()) {
			throw new SaisieRefuseeException("libelle", "demarche.libelleManquant");
		}
		if (propre.length() > LIBELLE_MAX) {
			throw new SaisieRefuseeException("libelle", "demarche.libelleTropLong");
		}
		if (genre == null) {
			throw new SaisieRefuseeException("genre", "demarche.genreManquant");
		}
		List<String> options = genre == GenreQuestion.CHOIX ? options(choix) : List.of();
		if (genre == GenreQuestion.CHOIX && (options.size() < 2 || options.size() > CHOIX_MAX)) {
			throw new SaisieRefuseeException("choix", "demarche.choixNombre");
		}
		sql.sql("select id from vague where id = :id for update").param("id", vagueId).query(Long.class).single();
		return sql.sql("""
				insert into question_demarche (vague_id, ordre, libelle, genre, choix, cree_par)
				values (:vague, (select coalesce(max(ordre), 0) + 1 from question_demarche where vague_id = :vague),
				        :libelle, :genre, :choix, :par) returning id""")
			.param("vague", vagueId)
			.param("libelle", propre)
			.param("genre", genre.name())
			.param("choix", options.isEmpty() ? null : String.join("\n", options))
			.param("par", qui.identifiant())
			.query(Long.class)
			.single();
	}

	/**
	 * @throws ConflitException once a binôme has answered it
	 */
	@Transactional
	public void retirer(Perimetre qui, Long vagueId, Long questionId) {
		verifierCoordination(qui, vagueId);
		if (sql.sql("select count(*) > 0 from reponse_demarche where question_id = :q")
			.param("q", questionId)
			.query(Boolean.class)
			.single()) {
			throw new ConflitException("conflit.questionRepondue");
		}
		if (sql.sql("delete from question_demarche where id = :q and vague_id = :v")
			.param("q", questionId)
			.param("v", vagueId)
			.update() == 0) {
			throw new IntrouvableException("question", questionId);
		}
	}

	/** The questionnaire as one side of a binôme answers it, with that side's answers. */
	public PourUnCote pourLeBinome(Perimetre qui, Long binomeId) {
		EnTete binome = binomes.entete(qui, binomeId, false);
		Cote cote = binome.coteDe(qui);
		Map<Long, String> miennes = new HashMap<>();
		if (cote != null) {
			sql.sql("select question_id, valeur from reponse_demarche where binome_id = :b and cote = :c")
				.param("b", binomeId)
				.param("c", cote.name())
				.query(rs -> {
					miennes.put(rs.getLong(1), rs.getString(2));
				});
		}
		return new PourUnCote(binome, cote, questions(binome.vagueId()), miennes);
	}

	/**
	 * One side's answers; an answer left empty is not recorded (or is withdrawn), a new
	 * one replaces the previous.
	 * @throws SaisieRefuseeException field {@code q-<id>}: a value the question does not
	 * take
	 */
	@Transactional
	public void repondre(Perimetre qui, Long binomeId, Map<Long, String> reponses) {
		EnTete binome = binomes.entete(qui, binomeId, false);
		Cote cote = binome.coteDe(qui);
		if (cote == null) {
			throw new AccesRefuseException("chaque côté du binôme répond pour lui-même");
		}
		Map<Long, Question> questions = new HashMap<>();
		questions(binome.vagueId()).forEach(q -> questions.put(q.id(), q));
		Map<Long, String> valeurs = new HashMap<>();
		reponses.forEach((id, valeur) -> {
			Question question = questions.get(id);
			if (question == null) {
				throw new SaisieRefuseeException("q-" + id, "demarche.questionInconnue");
			}
			valeurs.put(id, question.verifier(valeur));
		});
		valeurs.forEach((id, valeur) -> {
			if (valeur == null) {
				sql.sql("delete from reponse_demarche where question_id = :q and binome_id = :b and cote = :c")
					.param("q", id)
					.param("b", binomeId)
					.param("c", cote.name())
					.update();
				return;
			}
			sql.sql("""
					insert into reponse_demarche (question_id, binome_id, cote, valeur, repondu_par, repondu_le)
					values (:q, :b, :c, :valeur, :par, :le)
					on conflict (question_id, binome_id, cote) do update set valeur = excluded.valeur,
					  repondu_par = excluded.repondu_par, repondu_le = excluded.repondu_le""")
				.param("q", id)
				.param("b", binomeId)
				.param("c", cote.name())
				.param("valeur", valeur)
				.param("par", qui.identifiant())
				.param("le", Timestamp.from(clock.instant()))
				.update();
		});
	}

	/**
	 * The two answers of every binôme of the vague that answered something, for its
	 * coordination; the others are only counted.
	 */
	public CoteACote coteACote(Perimetre qui, Long vagueId) {
		verifierCoordination(qui, vagueId);
		List<BinomeRepondant> lignes = new ArrayList<>();
		Map<Long, Map<Long, Map<Cote, String>>> reponses = new HashMap<>();
		sql.sql("""
				select r.binome_id, r.question_id, r.cote, r.valeur from reponse_demarche r
				join binome bi on bi.id = r.binome_id where bi.vague_id = :v""").param("v", vagueId).query(rs -> {
			reponses.computeIfAbsent(rs.getLong(1), b -> new HashMap<>())
				.computeIfAbsent(rs.getLong(2), q -> new EnumMap<>(Cote.class))
				.put(Cote.valueOf(rs.getString(3)), rs.getString(4));
		});
		long[] sansReponse = { 0 };
		sql.sql("""
				select bi.id, a.nom, t.nom from binome bi join agence a on a.id = bi.agence_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id where bi.vague_id = :v order by t.nom, bi.id""")
			.param("v", vagueId)
			.query(rs -> {
				if (reponses.containsKey(rs.getLong(1))) {
					lignes.add(new BinomeRepondant(rs.getLong(1), rs.getString(2), rs.getString(3),
							reponses.get(rs.getLong(1))));
				}
				else {
					sansReponse[0]++;
				}
			});
		return new CoteACote(questions(vagueId), lignes, sansReponse[0]);
	}

	private List<Question> questions(Long vagueId) {
		return sql.sql("""
				select id, ordre, libelle, genre, choix from question_demarche where vague_id = :v order by ordre""")
			.param("v", vagueId)
			.query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), rs.getString(3),
					GenreQuestion.valueOf(rs.getString(4)),
					rs.getString(5) == null ? List.of() : Arrays.asList(rs.getString(5).split("\n"))))
			.list();
	}

	private void verifierCoordination(Perimetre qui, Long vagueId) {
		binomes.regionCoordonnee(qui, vagueId);
	}

	private static List<String> options(String choix) {
		return choix == null ? List.of()
				: choix.lines().map(l -> Saisie.nettoyer(l, 100)).filter(l -> !l.isEmpty()).distinct().toList();
	}

	public record Question(Long id, int ordre, String libelle, GenreQuestion genre, List<String> choix) {

		/**
		 * The value to record, null for an empty answer.
		 * @throws SaisieRefuseeException for a value the question does not take
		 */
		String verifier(String valeur) {
			String propre = Saisie.nettoyerParagraphes(valeur, Integer.MAX_VALUE);
			if (propre == null) {
				return null;
			}
			boolean juste = switch (genre) {
				case ECHELLE -> propre.matches("[1-4]");
				case CHOIX -> choix.contains(propre);
				case TEXTE -> propre.length() <= REPONSE_MAX;
			};
			if (!juste) {
				throw new SaisieRefuseeException("q-" + id, "demarche.reponse." + genre);
			}
			return propre;
		}

	}

	/**
	 * @param cote the reader's side, null for the coordination (reads, does not answer)
	 */
	public record PourUnCote(EnTete binome, Cote cote, List<Question> questions, Map<Long, String> reponses) {
	}

	/**
	 * @param sansReponse the binômes of the vague that answered nothing yet
	 */
	public record CoteACote(List<Question> questions, List<BinomeRepondant> binomes, long sansReponse) {
	}

	/**
	 * @param reponses per question, per side
	 */
	public record BinomeRepondant(Long id, String agence, String tiersLieu, Map<Long, Map<Cote, String>> reponses) {

		public String reponse(Long question, Cote cote) {
			return reponses.getOrDefault(question, Map.of()).get(cote);
		}

	}

}
