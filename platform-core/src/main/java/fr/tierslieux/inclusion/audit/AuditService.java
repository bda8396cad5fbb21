package fr.tierslieux.inclusion.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.TacheUnique;

/**
 * The audit trail: reads and writes of personal data, logins, refused accesses and
 * exports, each with its author, time, address, object and purpose. Lines are only added
 * (the database refuses any change, and any deletion before 12 months); the older ones
 * are purged each night. Admins search it ({@code LecturesDuJournalDAudit}).
 */
@Service
public class AuditService {

	public static final String LECTURE = "LECTURE";

	/** Lines are kept this long (the CNIL recommends six months to a year). */
	public static final String CONSERVATION = "12 months";

	private final JdbcClient sql;

	private final TacheUnique unique;

	private final Clock clock;

	AuditService(JdbcClient sql, TacheUnique unique, Clock clock) {
		this.sql = sql;
		this.unique = unique;
		this.clock = clock;
	}

	/**
	 * Must be called inside the read-write transaction that reads or writes the personal
	 * data: if the line cannot be written, the read fails too (no page without its line),
	 * and a request never holds two pooled connections at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void journaliser(String auteur, String action, String objetType, Long objetId) {
		ecrire(auteur, action, objetType, objetId, null);
	}

	/**
	 * One line per record for the same act on many of them (a night's anonymisations), in
	 * one statement.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void journaliserChacun(String auteur, String action, String objetType, Collection<Long> objetIds) {
		sql.sql("""
				insert into journal_audit (survenu_le, auteur, action, objet_type, objet_id, adresse, finalite)
				select :le, :auteur, :action, :objetType, id, :adresse, :finalite from unnest(:ids) id""")
			.param("le", Timestamp.from(clock.instant()))
			.param("auteur", auteur)
			.param("action", action)
			.param("objetType", objetType)
			.param("ids", objetIds.toArray(Long[]::new))
			.param("adresse", OrigineDesRequetes.adresse())
			.param("finalite", Finalite.de(action).name())
			.update();
	}

	/** The same, saying more than the record (the fields a correction changed). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void journaliser(String auteur, String action, String objetType, Long objetId, String detail) {
		ecrire(auteur, action, objetType, objetId, detail);
	}

	/**
	 * A line about the request itself (a page of personal data opened, a login, a refused
	 * access), in its own short transaction when the caller has none: called before or
	 * around the request's work, never inside a transaction of it.
	 * @param detail what the line is about when it is not a record: a path, an identifier
	 */
	@Transactional
	public void noter(String auteur, String action, String objetType, Long objetId, String detail) {
		ecrire(auteur, action, objetType, objetId, detail);
	}

	private void ecrire(String auteur, String action, String objetType, Long objetId, String detail) {
		sql.sql("""
				insert into journal_audit (survenu_le, auteur, action, objet_type, objet_id, adresse, finalite, detail)
				values (:le, :auteur, :action, :objetType, :objetId, :adresse, :finalite, :detail)""")
			.param("le", Timestamp.from(clock.instant()))
			// never cut: an author the trail cannot hold gets no page (fail-closed)
			.param("auteur", auteur)
			.param("action", action)
			.param("objetType", objetType)
			.param("objetId", objetId)
			.param("adresse", OrigineDesRequetes.adresse())
			.param("finalite", Finalite.de(action).name())
			.param("detail", detail == null ? null : tronquer(detail, 300))
			.update();
	}

	/** The lines about one record, newest first. */
	@Transactional(readOnly = true)
	public List<LigneAudit> historique(String objetType, Long objetId) {
		return sql.sql(SELECT + " where objet_type = :type and objet_id = :id order by survenu_le desc, id desc")
			.param("type", objetType)
			.param("id", objetId)
			.query(AuditService::ligne)
			.list();
	}

	/**
	 * Deletes the lines older than {@value #CONSERVATION}, each night, on one instance.
	 */
	@Scheduled(cron = "${plateforme.audit.purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
	public Integer purger() {
		// the database's own clock: the one its trigger checks
		return unique.executer("purge-du-journal-d-audit", Duration.ofMinutes(5), Duration.ofHours(1),
				() -> sql.sql("delete from journal_audit where survenu_le < now() - cast(:conservation as interval)")
					.param("conservation", CONSERVATION)
					.update());
	}

	public static final String SELECT = """
			select id, survenu_le, auteur, action, objet_type, objet_id, adresse, finalite, detail from journal_audit""";

	public static LigneAudit ligne(ResultSet rs, int n) throws SQLException {
		return new LigneAudit(rs.getLong("id"), rs.getTimestamp("survenu_le").toInstant(), rs.getString("auteur"),
				rs.getString("action"), rs.getString("objet_type"), rs.getObject("objet_id", Long.class),
				rs.getString("adresse"), Finalite.valueOf(rs.getString("finalite")), rs.getString("detail"));
	}

	private static String tronquer(String texte, int longueur) {
		return texte.length() <= longueur ? texte : texte.substring(0, longueur);
	}

	/** One line of the trail. */
	public record LigneAudit(long id, Instant survenuLe, String auteur, String action, String objetType, Long objetId,
			String adresse, Finalite finalite, String detail) {

	}

}
