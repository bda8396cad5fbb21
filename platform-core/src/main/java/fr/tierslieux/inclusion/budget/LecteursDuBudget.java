package fr.tierslieux.inclusion.budget;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * Who reads the money of a région: admins, its coordination (which also writes it) and
 * its directions (figures only). Agences and tiers-lieux do not.
 */
final class LecteursDuBudget {

	/**
	 * SQL: the région {@code region_code} is readable; parameters {@code tout, regions}.
	 */
	static final String REGION_LISIBLE = "(:tout or region_code in (:regions))";

	private LecteursDuBudget() {
	}

	/** Binds {@link #REGION_LISIBLE}'s parameters. */
	static JdbcClient.StatementSpec lier(JdbcClient.StatementSpec requete, Perimetre qui) {
		return requete.param("tout", qui.voitTout()).param("regions", qui.regionsOuAucune());
	}

	static boolean lit(Perimetre qui, String region) {
		return qui.voitTout()
				|| ((qui.role() == Role.COORDINATEUR || qui.role() == Role.PILOTE) && qui.regions().contains(region));
	}

}
