package fr.tierslieux.inclusion.annuaire;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Flags pairs of places that are probably one: names alike (trigram similarity) and
 * within a kilometre of each other, or in the same commune when coordinates are missing.
 * A pair is flagged once; one the coordinator dismissed is not flagged again.
 */
@Component
class DoublonsPossibles {

	/** Trigram similarity of the lower-cased names above which two places look alike. */
	static final double SIMILARITE = 0.5;

	static final int DISTANCE_METRES = 1_000;

	private final JdbcClient sql;

	DoublonsPossibles(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * @return the pairs newly flagged
	 */
	int signaler(Instant maintenant) {
		return sql
			.sql("""
					with paires as (
					    select a.id as a, b.id as b, similarity(lower(a.nom), lower(b.nom)) as similarite,
					           round(distance_km(a.latitude, a.longitude, b.latitude, b.longitude) * 1000) as distance,
					           a.code_insee is not distinct from b.code_insee and lower(a.commune) = lower(b.commune) as meme_commune
					    from tiers_lieu a
					    join tiers_lieu b on b.departement_code = a.departement_code and b.id > a.id
					    where lower(a.nom) % lower(b.nom))
					insert into doublon_possible (tiers_lieu_id, autre_id, distance_metres, similarite, signale_le)
					select a, b, distance, round(similarite::numeric, 3), :maintenant from paires
					where similarite >= :similarite
					  and (distance <= :distance or (distance is null and meme_commune))
					on conflict (tiers_lieu_id, autre_id) do nothing""")
			.param("maintenant", Timestamp.from(maintenant))
			.param("similarite", SIMILARITE)
			.param("distance", DISTANCE_METRES)
			.update();
	}

}
