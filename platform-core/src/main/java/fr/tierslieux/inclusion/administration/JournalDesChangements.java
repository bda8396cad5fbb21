package fr.tierslieux.inclusion.administration;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.compte.Perimetre;

/** The journal of administration changes as the admins read it, newest first. */
@Service
@Transactional(readOnly = true)
public class JournalDesChangements {

	public static final int PAR_PAGE = 50;

	private final JdbcClient sql;

	JournalDesChangements(JdbcClient sql) {
		this.sql = sql;
	}

	/** A page of changes (from 0), narrowed to one kind of object when given. */
	public PageDuJournal page(Perimetre qui, ObjetAdministre objet, int page) {
		if (!qui.voitTout()) {
			throw new AccesRefuseException(qui.identifiant() + " ne lit pas le journal d'administration");
		}
		int numero = Math.max(0, page);
		List<Changement> lus = sql.sql("""
				select survenu_le, auteur, objet, reference, action, detail from journal_administration
				where cast(:objet as varchar) is null or objet = :objet
				order by survenu_le desc, id desc limit :limite offset :decalage""")
			.param("objet", objet == null ? null : objet.name())
			.param("limite", PAR_PAGE + 1)
			.param("decalage", (long) numero * PAR_PAGE)
			.query((rs, n) -> new Changement(rs.getTimestamp("survenu_le").toInstant(), rs.getString("auteur"),
					ObjetAdministre.valueOf(rs.getString("objet")), rs.getString("reference"), rs.getString("action"),
					rs.getString("detail")))
			.list();
		return new PageDuJournal(lus.subList(0, Math.min(PAR_PAGE, lus.size())), numero, lus.size() > PAR_PAGE);
	}

	public record Changement(Instant survenuLe, String auteur, ObjetAdministre objet, String reference, String action,
			String detail) {
	}

	public record PageDuJournal(List<Changement> changements, int page, boolean suivante) {
	}

}
