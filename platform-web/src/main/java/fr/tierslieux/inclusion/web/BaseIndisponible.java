package fr.tierslieux.inclusion.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a database outage (server down, pool exhausted) from a bug: the first is the
 * user's 503 "come back in a moment", with {@code Retry-After}, the second a 500.
 */
@Component
class BaseIndisponible {

	/** Seconds a browser or a client is asked to wait before retrying. */
	static final int REESSAYER_APRES = 10;

	private static final int VALIDATION_SECONDES = 2;

	private final DataSource dataSource;

	BaseIndisponible(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Whether the error comes from the database being out of reach: said so by the error
	 * itself, or, for a data-access error that does not say (a connection the server
	 * closed fails its rollback), by the pool failing to hand out a working connection
	 * now.
	 */
	boolean explique(Throwable erreur) {
		if (ditUnePanne(erreur)) {
			return true;
		}
		return accesAuxDonnees(erreur) && !joignable();
	}

	static void annoncer(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", String.valueOf(REESSAYER_APRES));
	}

	static boolean ditUnePanne(Throwable erreur) {
		for (Throwable cause = erreur; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P0x: the server is shutting down
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static boolean accesAuxDonnees(Throwable erreur) {
		for (Throwable cause = erreur; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof PersistenceException || cause instanceof SQLException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private boolean joignable() {
		try (Connection connexion = dataSource.getConnection()) {
			return connexion.isValid(VALIDATION_SECONDES);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
