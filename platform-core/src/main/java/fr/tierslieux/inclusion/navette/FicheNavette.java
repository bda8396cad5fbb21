package fr.tierslieux.inclusion.navette;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.courrier.Notifications;

/**
 * Threads between the two sides of a binôme: its own, and one per person it receives
 * (readable by whoever may see that person). The two sides write; the coordination reads.
 * Opening a thread marks it read for the reader; the other side is told of a new message
 * by a mail that names no one.
 */
@Service
@Transactional
public class FicheNavette {

	public static final int TEXTE_MAX = 4000;

	/** The newest messages a thread shows. */
	static final int DERNIERS = 200;

	private final JdbcClient sql;

	private final LectureDesBinomes lecture;

	private final BeneficiaireService beneficiaires;

	private final Notifications notifications;

	private final Clock clock;

	FicheNavette(JdbcClient sql, LectureDesBinomes lecture, BeneficiaireService beneficiaires,
			Notifications notifications, Clock clock) {
		this.sql = sql;
		this.lecture = lecture;
		this.beneficiaires = beneficiaires;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * A thread, oldest message first, each marked new if the reader had not read it; then
	 * the thread is read.
	 * @param personneId null for the binôme's own thread
	 * @throws IntrouvableException outside the reader's perimeter
	 */
	public Fil fil(Perimetre qui, Long lecteurId, Long binomeId, Long personneId) {
		EnTete binome = binome(qui, binomeId, personneId);
		long dejaLu = sql.sql("""
				select coalesce(max(dernier_lu), 0) from lecture_navette where utilisateur_id = :lecteur
				and binome_id = :binome and coalesce(beneficiaire_id, 0) = :personne""")
			.param("lecteur", lecteurId)
			.param("binome", binomeId)
			.param("personne", personneId == null ? 0L : personneId)
			.query(Long.class)
			.single();
		List<Message> messages = sql.sql("""
				select * from (select m.id, m.cote, u.nom_affiche, m.texte, m.envoye_le, m.auteur_id
				               from message_navette m join utilisateur u on u.id = m.auteur_id
				               where m.binome_id = :binome and coalesce(m.beneficiaire_id, 0) = :personne
				               order by m.id desc limit :derniers) derniers order by id""")
			.param("binome", binomeId)
			.param("personne", personneId == null ? 0L : personneId)
			.param("derniers", DERNIERS)
			.query((rs, n) -> new Message(rs.getLong("id"), Cote.valueOf(rs.getString("cote")),
					rs.getString("nom_affiche"), rs.getString("texte"), rs.getTimestamp("envoye_le").toInstant(),
					rs.getLong("id") > dejaLu && rs.getLong("auteur_id") != lecteurId))
			.list();
		if (!messages.isEmpty()) {
			sql.sql("""
					insert into lecture_navette (utilisateur_id, binome_id, beneficiaire_id, dernier_lu)
					values (:lecteur, :binome, :beneficiaire, :dernier)
					on conflict (utilisateur_id, binome_id, coalesce(beneficiaire_id, 0))
					do update set dernier_lu = greatest(lecture_navette.dernier_lu, excluded.dernier_lu)""")
				.param("lecteur", lecteurId)
				.param("binome", binomeId)
				.param("beneficiaire", personneId)
				.param("dernier", messages.get(messages.size() - 1).id())
				.update();
		}
		return new Fil(binome, personneId, cote(qui, binome, personneId), messages);
	}

	/**
	 * @throws AccesRefuseException for a reader who is on neither side
	 * @throws SaisieRefuseeException for an empty message
	 */
	public Long ecrire(Perimetre qui, Long auteurId, Long binomeId, Long personneId, String texte) {
		EnTete binome = binome(qui, binomeId, personneId);
		Cote cote = cote(qui, binome, personneId);
		if (cote == null) {
			throw new AccesRefuseException("seuls l'agence et le tiers-lieu du binôme écrivent dans sa fiche navette");
		}
		String propre = Saisie.nettoyerParagraphes(texte, TEXTE_MAX);
		if (propre == null) {
			throw new SaisieRefuseeException("texte", "navette.texteVide");
		}
		Long id = sql.sql("""
				insert into message_navette (binome_id, beneficiaire_id, auteur_id, cote, texte, envoye_le)
				values (:binome, :personne, :auteur, :cote, :texte, :le) returning id""")
			.param("binome", binomeId)
			.param("personne", personneId)
			.param("auteur", auteurId)
			.param("cote", cote.name())
			.param("texte", propre)
			.param("le", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		// about a person, the agence side is the agence that follows them
		Long agence = personneId == null ? binome.agenceId()
				: sql.sql("select agence_id from beneficiaire where id = :id")
					.param("id", personneId)
					.query(Long.class)
					.single();
		List<String> autreCote = cote == Cote.AGENCE ? notifications.adressesDuTiersLieu(binome.tiersLieuId())
				: notifications.adressesDeLAgence(agence);
		notifications.apresValidation(autreCote, "Fiche navette : nouveau message", """
				Bonjour,

				%s vous a écrit dans la fiche navette de votre binôme (%s – %s)%s. Lisez-le sur la \
				plateforme, page du binôme, rubrique « Fiche navette ».
				""".formatted(cote == Cote.AGENCE ? binome.agence() : binome.tiersLieu(), binome.agence(),
				binome.tiersLieu(), personneId == null ? "" : ", au sujet d'une personne orientée"));
		return id;
	}

	/** Messages the reader has not read in the binôme's own thread. */
	@Transactional(readOnly = true)
	public long nonLus(Perimetre qui, Long lecteurId, Long binomeId) {
		return nonLus(lecteurId, binome(qui, binomeId, null).id(), null);
	}

	private long nonLus(Long lecteurId, Long binomeId, Long personneId) {
		return sql.sql("""
				select count(*) from message_navette m
				left join lecture_navette l on l.utilisateur_id = :lecteur and l.binome_id = m.binome_id
				 and coalesce(l.beneficiaire_id, 0) = coalesce(m.beneficiaire_id, 0)
				where m.binome_id = :binome and coalesce(m.beneficiaire_id, 0) = :personne
				and m.auteur_id <> :lecteur and m.id > coalesce(l.dernier_lu, 0)""")
			.param("lecteur", lecteurId)
			.param("binome", binomeId)
			.param("personne", personneId == null ? 0L : personneId)
			.query(Long.class)
			.single();
	}

	/**
	 * The binôme, if the reader may open the thread: the binôme's own thread for its
	 * perimeter; a person's thread for whoever may see the person, the agence that
	 * referred them included when it is not the binôme's.
	 */
	private EnTete binome(Perimetre qui, Long binomeId, Long personneId) {
		if (personneId == null) {
			return lecture.entete(qui, binomeId, false);
		}
		if (!(beneficiaires.visible(qui, personneId) && sql.sql("""
				select count(*) > 0 from orientation o join parcours p on p.id = o.parcours_id
				where o.beneficiaire_id = :personne and p.binome_id = :binome""")
			.param("personne", personneId)
			.param("binome", binomeId)
			.query(Boolean.class)
			.single())) {
			throw new IntrouvableException("bénéficiaire", personneId);
		}
		// the person's page opens this thread: the binôme is read for it, whatever the
		// reader's binômes
		return lecture.entete(Perimetre.administrateur(qui.identifiant()), binomeId, false);
	}

	/**
	 * The side the reader writes for: theirs in the binôme, or the agence's for the
	 * counsellors of the agence that follows the person.
	 */
	private Cote cote(Perimetre qui, EnTete binome, Long personneId) {
		Cote cote = binome.coteDe(qui);
		if (cote == null && personneId != null && qui.role() == Role.CONSEILLER) {
			Long agence = sql.sql("select agence_id from beneficiaire where id = :id")
				.param("id", personneId)
				.query(Long.class)
				.single();
			return qui.agences().contains(agence) ? Cote.AGENCE : null;
		}
		return cote;
	}

	/**
	 * @param personneId null for the binôme's own thread
	 * @param moi the reader's side, null for the coordination (which reads only)
	 */
	public record Fil(EnTete binome, Long personneId, Cote moi, List<Message> messages) {
	}

	/**
	 * @param nouveau not read by the reader before this visit
	 */
	public record Message(Long id, Cote cote, String auteur, String texte, Instant envoyeLe, boolean nouveau) {
	}

}
