package fr.tierslieux.inclusion.audit;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes every change to the platform's administration (accounts, invitations, vagues,
 * tariff tables, reason catalogues, information notice, settings) in the change's own
 * transaction: no change without its line, no line without its change.
 */
@Service
public class JournalAdministration {

	private static final int DETAIL_MAX = 1000;

	private final JdbcClient sql;

	private final Clock clock;

	JournalAdministration(JdbcClient sql, Clock clock) {
		this.sql = sql;
		this.clock = clock;
	}

	/**
	 * @param reference what was changed, as a person reads it (an e-mail, a vague's name)
	 * @param detail what it was and what it became, when that says more than the action
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void noter(String auteur, ObjetAdministre objet, String reference, String action, String detail) {
		sql.sql("""
				insert into journal_administration (survenu_le, auteur, objet, reference, action, detail)
				values (:le, :auteur, :objet, :reference, :action, :detail)""")
			.param("le", Timestamp.from(clock.instant()))
			.param("auteur", auteur)
			.param("objet", objet.name())
			.param("reference", reference.length() > 200 ? reference.substring(0, 200) : reference)
			.param("action", action)
			.param("detail", detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX))
			.update();
	}

}
