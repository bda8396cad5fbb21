package fr.tierslieux.inclusion.administration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.JournalAdministration;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The versions of the information notice a person reads before consenting to be referred.
 * The last published is in force: a referral records it with the consent, so that each
 * consent says what the person read; older versions stay readable.
 */
@Service
@Transactional(readOnly = true)
public class NoticesDInformation {

	public static final int SECTION_MAX = 2000;

	private static final String COLONNES = "version, quoi, pourquoi, qui, combien, droits, publiee_le, publiee_par";

	private final JdbcClient sql;

	private final JournalAdministration journal;

	private final Clock clock;

	NoticesDInformation(JdbcClient sql, JournalAdministration journal, Clock clock) {
		this.sql = sql;
		this.journal = journal;
		this.clock = clock;
	}

	public Notice enVigueur() {
		return sql.sql("select " + COLONNES + " from notice_information order by numero desc limit 1")
			.query(NoticesDInformation::notice)
			.single();
	}

	public Optional<Notice> version(String version) {
		return sql.sql("select " + COLONNES + " from notice_information where version = :version")
			.param("version", version)
			.query(NoticesDInformation::notice)
			.optional();
	}

	/** Every version, newest first. */
	public List<Notice> toutes() {
		return sql.sql("select " + COLONNES + " from notice_information order by numero desc")
			.query(NoticesDInformation::notice)
			.list();
	}

	/** Puts a new version in force; referrals from now on record it. */
	@Transactional
	public void publier(Perimetre qui, NouvelleNotice notice) {
		if (!qui.voitTout()) {
			throw new AccesRefuseException(qui.identifiant() + " ne publie pas la notice");
		}
		String version = Saisie.nettoyer(notice.version(), 20);
		if (!version.matches("[0-9A-Za-z.-]{1,20}")) {
			throw new SaisieRefuseeException("version", "notice.versionInvalide");
		}
		if (version(version).isPresent()) {
			throw new SaisieRefuseeException("version", "notice.versionExistante");
		}
		sql.sql("insert into notice_information (" + COLONNES
				+ ") values (:version, :quoi, :pourquoi, :qui, :combien, :droits, :le, :par)")
			.param("version", version)
			.param("quoi", section("quoi", notice.quoi()))
			.param("pourquoi", section("pourquoi", notice.pourquoi()))
			.param("qui", section("qui", notice.qui()))
			.param("combien", section("combien", notice.combien()))
			.param("droits", section("droits", notice.droits()))
			.param("le", Timestamp.from(clock.instant()))
			.param("par", qui.identifiant())
			.update();
		journal.noter(qui.identifiant(), ObjetAdministre.NOTICE, version, "PUBLICATION", null);
	}

	private static String section(String champ, String texte) {
		String propre = Saisie.nettoyerParagraphes(texte, SECTION_MAX);
		if (propre == null) {
			throw new SaisieRefuseeException(champ, "notice.sectionVide");
		}
		return propre;
	}

	private static Notice notice(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Notice(rs.getString("version"), rs.getString("quoi"), rs.getString("pourquoi"), rs.getString("qui"),
				rs.getString("combien"), rs.getString("droits"), rs.getTimestamp("publiee_le").toInstant(),
				rs.getString("publiee_par"));
	}

	/** The notice's five sections, as the page shows them. */
	public record Notice(String version, String quoi, String pourquoi, String qui, String combien, String droits,
			Instant publieeLe, String publieePar) {
	}

	public record NouvelleNotice(String version, String quoi, String pourquoi, String qui, String combien,
			String droits) {
	}

}
