package fr.tierslieux.inclusion.compte;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an account's sessions, on every instance (they live in the database, indexed by
 * the account's identifier): a session keeps the role and perimeter of its login, so a
 * disabled account or a changed perimeter must not go on with it. Deleted in the
 * transaction of the change: both happen, or neither.
 */
@Component
class SessionsDesComptes {

	private final JdbcClient sql;

	SessionsDesComptes(JdbcClient sql) {
		this.sql = sql;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int terminer(Long utilisateurId) {
		return sql
			.sql("""
					delete from spring_session where principal_name = (select identifiant from utilisateur where id = :id)""")
			.param("id", utilisateurId)
			.update();
	}

}
