package fr.tierslieux.inclusion.binome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.courrier.Notifications;

/**
 * The fiche ping-pong of T0: the guide's questions, answered in turn by the agence and
 * the tiers-lieu. The side whose turn it is writes, then hands over; the other side is
 * told by mail. Every answer written is kept: the fiche shows the latest of each side,
 * who wrote it and when, and its history.
 */
@Service
@Transactional
public class FicheService {

	private final JdbcClient sql;

	private final LectureDesBinomes lecture;

	private final Notifications notifications;

	private final Clock clock;

	FicheService(JdbcClient sql, LectureDesBinomes lecture, Notifications notifications, Clock clock) {
		this.sql = sql;
		this.lecture = lecture;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Fiche fiche(Perimetre qui, Long binomeId) {
		return fiche(qui, lecture.entete(qui, binomeId, false));
	}

	private Fiche fiche(Perimetre qui, EnTete binome) {
		Long binomeId = binome.id();
		Map<QuestionFiche, List<Reponse>> historiques = new EnumMap<>(QuestionFiche.class);
		for (QuestionFiche question : QuestionFiche.values()) {
			historiques.put(question, new ArrayList<>());
		}
		sql.sql("select * from reponse_fiche where binome_id = :id order by ecrite_le desc, id desc")
			.param("id", binomeId)
			.query((rs, n) -> historiques.get(QuestionFiche.valueOf(rs.getString("question")))
				.add(new Reponse(Cote.valueOf(rs.getString("cote")), rs.getString("texte"), rs.getString("auteur"),
						rs.getTimestamp("ecrite_le").toInstant())))
			.list();
		List<QuestionRepondue> questions = historiques.entrySet()
			.stream()
			.map(e -> new QuestionRepondue(e.getKey(), derniere(e.getValue(), Cote.AGENCE),
					derniere(e.getValue(), Cote.TIERS_LIEU), List.copyOf(e.getValue())))
			.toList();
		List<Envoi> envois = sql.sql("select * from envoi_fiche where binome_id = :id order by envoye_le, id")
			.param("id", binomeId)
			.query((rs, n) -> new Envoi(Cote.valueOf(rs.getString("de")), rs.getString("auteur"),
					rs.getTimestamp("envoye_le").toInstant()))
			.list();
		Cote moi = binome.coteDe(qui);
		return new Fiche(binome, binome.tourFiche(), moi,
				binome.phase() == Phase.T0 && moi != null && moi == binome.tourFiche(), etat(binomeId), questions,
				envois, questions.stream().allMatch(QuestionRepondue::complete));
	}

	/**
	 * Writes the reader's side's answers (those that changed), and hands the fiche over
	 * to the other side if asked.
	 * @param etat the state of the fiche the reader saw: a fiche written since is a
	 * conflict, nothing is lost from the form
	 * @throws ConflitException if it is not the reader's turn, or the fiche changed
	 */
	public void ecrire(Perimetre qui, Long binomeId, long etat, Map<QuestionFiche, String> reponses,
			boolean passerLaMain) {
		EnTete binome = lecture.entete(qui, binomeId, true);
		Cote moi = binome.coteDe(qui);
		if (moi == null) {
			throw new AccesRefuseException("seuls les référents du binôme écrivent sa fiche");
		}
		if (binome.phase() != Phase.T0) {
			throw new ConflitException("conflit.ficheCloturee");
		}
		if (moi != binome.tourFiche()) {
			throw new ConflitException("conflit.pasVotreTour");
		}
		ConflitException.verifierVersion(etat, etat(binomeId));
		Fiche actuelle = fiche(qui, binome);
		Instant maintenant = clock.instant();
		for (QuestionRepondue question : actuelle.questions()) {
			String texte = reponses.get(question.question());
			Reponse precedente = moi == Cote.AGENCE ? question.agence() : question.tiersLieu();
			if (texte != null && !texte.isBlank() && (precedente == null || !precedente.texte().equals(texte))) {
				sql.sql("""
						insert into reponse_fiche (binome_id, question, cote, texte, auteur, ecrite_le)
						values (:binome, :question, :cote, :texte, :auteur, :le)""")
					.param("binome", binomeId)
					.param("question", question.question().name())
					.param("cote", moi.name())
					.param("texte", texte)
					.param("auteur", qui.identifiant())
					.param("le", Timestamp.from(maintenant))
					.update();
			}
		}
		if (passerLaMain) {
			sql.sql("insert into envoi_fiche (binome_id, de, auteur, envoye_le) values (:binome, :de, :auteur, :le)")
				.param("binome", binomeId)
				.param("de", moi.name())
				.param("auteur", qui.identifiant())
				.param("le", Timestamp.from(maintenant))
				.update();
			sql.sql("update binome set tour_fiche = :tour where id = :id")
				.param("tour", moi.autre().name())
				.param("id", binomeId)
				.update();
			notifierLAutreCote(binome, moi);
		}
	}

	/** Whether every question has an answer from each side (T1 needs it). */
	@Transactional(readOnly = true)
	public boolean complete(Long binomeId) {
		return sql.sql("select count(distinct (question, cote)) from reponse_fiche where binome_id = :id")
			.param("id", binomeId)
			.query(Long.class)
			.single() == QuestionFiche.values().length * 2L;
	}

	/** The questions still missing an answer from a side. */
	@Transactional(readOnly = true)
	public Map<Cote, List<QuestionFiche>> manquantes(Long binomeId) {
		Map<Cote, List<QuestionFiche>> manquantes = new EnumMap<>(Cote.class);
		for (Cote cote : Cote.values()) {
			manquantes.put(cote, new ArrayList<>(List.of(QuestionFiche.values())));
		}
		sql.sql("select distinct cote, question from reponse_fiche where binome_id = :id")
			.param("id", binomeId)
			.query((rs, n) -> manquantes.get(Cote.valueOf(rs.getString(1)))
				.remove(QuestionFiche.valueOf(rs.getString(2))))
			.list();
		return manquantes;
	}

	private void notifierLAutreCote(EnTete binome, Cote moi) {
		Long referent = moi == Cote.AGENCE ? binome.referentTiersLieuId() : binome.referentAgenceId();
		List<String> adresses = referent != null
				? sql.sql("select identifiant from utilisateur where id = :id and actif")
					.param("id", referent)
					.query(String.class)
					.list()
				: moi == Cote.AGENCE ? notifications.adressesDuTiersLieu(binome.tiersLieuId())
						: notifications.adressesDeLAgence(binome.agenceId());
		String ecrivain = moi == Cote.AGENCE ? binome.agence() : binome.tiersLieu();
		notifications.apresValidation(adresses, "Fiche ping-pong : à vous de répondre", """
				Bonjour,

				%s vient de vous passer la fiche ping-pong de votre binôme (vague « %s »). C'est à votre tour \
				d'y répondre : ouvrez la page du binôme sur la plateforme, rubrique « Fiche ping-pong ».
				""".formatted(ecrivain, binome.vague()));
	}

	/** Grows with every answer and every hand-over: the fiche's version. */
	private long etat(Long binomeId) {
		return sql.sql("""
				select (select count(*) from reponse_fiche where binome_id = :id)
				     + (select count(*) from envoi_fiche where binome_id = :id)""")
			.param("id", binomeId)
			.query(Long.class)
			.single();
	}

	private static Reponse derniere(List<Reponse> plusRecentesDAbord, Cote cote) {
		return plusRecentesDAbord.stream().filter(r -> r.cote() == cote).findFirst().orElse(null);
	}

	/**
	 * @param tour the side that writes now
	 * @param moi the reader's side, or null
	 * @param modifiable whether the reader may write now
	 * @param etat the fiche's version, which the form sends back
	 */
	public record Fiche(EnTete binome, Cote tour, Cote moi, boolean modifiable, long etat,
			List<QuestionRepondue> questions, List<Envoi> envois, boolean complete) {
	}

	/**
	 * A question with each side's latest answer (null when none) and every answer ever
	 * written, newest first.
	 */
	public record QuestionRepondue(QuestionFiche question, Reponse agence, Reponse tiersLieu,
			List<Reponse> historique) {

		public boolean complete() {
			return agence != null && tiersLieu != null;
		}

		public Reponse de(Cote cote) {
			return cote == Cote.AGENCE ? agence : tiersLieu;
		}

	}

	public record Reponse(Cote cote, String texte, String auteur, Instant ecriteLe) {
	}

	public record Envoi(Cote de, String auteur, Instant envoyeLe) {
	}

}
