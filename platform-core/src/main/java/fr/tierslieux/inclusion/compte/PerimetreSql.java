package fr.tierslieux.inclusion.compte;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The perimeter rules of {@link Perimetre} in SQL, for the reads written with
 * {@link JdbcClient} (the pages read on every request: plain SQL has no query translation
 * to redo for each list of ids), and the binding of their parameters.
 */
public final class PerimetreSql {

	/**
	 * The binôme {@code bi}, joined with its vague {@code v}, is in scope (as
	 * {@link Perimetre#JPQL_BINOME}).
	 */
	public static final String BINOME = """
			(:tout or bi.tiers_lieu_id in (:tiersLieux) or bi.agence_id in (:agences) or v.region_code in (:regions))""";

	/**
	 * The bénéficiaire {@code b} is followed by an agence in scope; {@code d} is the
	 * département of that agence (as {@link Perimetre#JPQL_AGENCE_DE_LA_PERSONNE}).
	 */
	public static final String AGENCE_DE_LA_PERSONNE = """
			(:tout or b.agence_id in (:agences) or d.region_code in (:regions))""";

	private PerimetreSql() {
	}

	/** Binds {@code tout, regions, agences, tiersLieux}. */
	public static JdbcClient.StatementSpec lier(JdbcClient.StatementSpec requete, Perimetre perimetre) {
		return requete.param("tout", perimetre.voitTout())
			.param("agences", perimetre.agencesOuAucune())
			.param("regions", perimetre.regionsOuAucune())
			.param("tiersLieux", perimetre.tiersLieuxOuAucun());
	}

}
