package fr.tierslieux.inclusion.importation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The possible duplicates imports flag, for the coordinator of their région: merge the
 * two places into one (every binôme and account of the other follows), or say they are
 * two.
 */
@Service
@Transactional
public class DoublonsService {

	/** The pair is in the reader's régions (both places share a département). */
	private static final String PERIMETRE = """
			(:tout or exists (select 1 from departement d where d.code = a.departement_code
			                  and d.region_code in (:regions)))""";

	private static final String LIEU = "%1$s.id, %1$s.nom, %1$s.adresse, %1$s.code_postal, %1$s.commune, %1$s.source, %1$s.site_web";

	private final JdbcClient sql;

	DoublonsService(JdbcClient sql) {
		this.sql = sql;
	}

	/** The open pairs, the likeliest first. */
	@Transactional(readOnly = true)
	public List<Doublon> ouverts(Perimetre perimetre, int nombre) {
		return sql
			.sql("select p.id, p.distance_metres, p.similarite, " + LIEU.formatted("a") + ", " + LIEU.formatted("b")
					+ """
							 from doublon_possible p
							join tiers_lieu a on a.id = p.tiers_lieu_id join tiers_lieu b on b.id = p.autre_id
							where p.statut = 'OUVERT' and""" + PERIMETRE + " order by p.similarite desc, p.id limit :n")
			.param("tout", perimetre.voitTout())
			.param("regions", perimetre.regionsOuAucune())
			.param("n", nombre)
			.query(DoublonsService::doublon)
			.list();
	}

	@Transactional(readOnly = true)
	public long nombreOuverts(Perimetre perimetre) {
		return sql.sql("""
				select count(*) from doublon_possible p join tiers_lieu a on a.id = p.tiers_lieu_id
				where p.statut = 'OUVERT' and""" + PERIMETRE)
			.param("tout", perimetre.voitTout())
			.param("regions", perimetre.regionsOuAucune())
			.query(Long.class)
			.single();
	}

	/** Two places after all: the pair is not flagged again. */
	public void ecarter(Perimetre perimetre, Long id) {
		paire(perimetre, id);
		sql.sql("update doublon_possible set statut = 'ECARTE' where id = :id").param("id", id).update();
	}

	/**
	 * Keeps one place and folds the other into it: its binômes and accounts move over,
	 * its typologies are added, the kept place's empty fields take its values, and it is
	 * deleted.
	 * @param garde the place kept, one of the pair
	 */
	public void fusionner(Perimetre perimetre, Long id, Long garde) {
		long[] paire = paire(perimetre, id);
		if (garde == null || (garde != paire[0] && garde != paire[1])) {
			throw new IntrouvableException("tiers-lieu", garde);
		}
		long retire = garde == paire[0] ? paire[1] : paire[0];
		sql.sql("select id from tiers_lieu where id in (:a, :b) order by id for update")
			.param("a", garde)
			.param("b", retire)
			.query(Long.class)
			.list();
		boolean binomesEnDouble = sql
			.sql("""
					select exists (select 1 from binome g join binome r on r.vague_id = g.vague_id and r.agence_id = g.agence_id
					               where g.tiers_lieu_id = :garde and r.tiers_lieu_id = :retire)""")
			.param("garde", garde)
			.param("retire", retire)
			.query(Boolean.class)
			.single();
		if (binomesEnDouble) {
			throw new ConflitException("doublon.binomesEnDouble");
		}
		sql.sql("update binome set tiers_lieu_id = :garde, version = version + 1 where tiers_lieu_id = :retire")
			.param("garde", garde)
			.param("retire", retire)
			.update();
		sql.sql("update rattachement set tiers_lieu_id = :garde where tiers_lieu_id = :retire")
			.param("garde", garde)
			.param("retire", retire)
			.update();
		sql.sql("""
				insert into tiers_lieu_typologie (tiers_lieu_id, typologie)
				select :garde, typologie from tiers_lieu_typologie where tiers_lieu_id = :retire
				on conflict do nothing""").param("garde", garde).param("retire", retire).update();
		sql.sql("""
				update tiers_lieu g set siret = coalesce(g.siret, r.siret), adresse = coalesce(g.adresse, r.adresse),
				    code_postal = coalesce(g.code_postal, r.code_postal), code_insee = coalesce(g.code_insee, r.code_insee),
				    latitude = coalesce(g.latitude, r.latitude), longitude = coalesce(g.longitude, r.longitude),
				    reseau_id = coalesce(g.reseau_id, r.reseau_id), capacite_accueil = coalesce(g.capacite_accueil, r.capacite_accueil),
				    equipements = coalesce(g.equipements, r.equipements), accessible_pmr = g.accessible_pmr or r.accessible_pmr,
				    accessibilite = coalesce(g.accessibilite, r.accessibilite), site_web = coalesce(g.site_web, r.site_web),
				    identifiant_standard = coalesce(g.identifiant_standard, r.identifiant_standard),
				    telephone = coalesce(g.telephone, r.telephone), courriels = coalesce(g.courriels, r.courriels),
				    horaires = coalesce(g.horaires, r.horaires), presentation = coalesce(g.presentation, r.presentation),
				    services = coalesce(g.services, r.services), mis_a_jour_le = greatest(g.mis_a_jour_le, r.mis_a_jour_le),
				    version = g.version + 1
				from tiers_lieu r where g.id = :garde and r.id = :retire""")
			.param("garde", garde)
			.param("retire", retire)
			.update();
		// the standard's id is unique: the removed place gives it up before the kept one
		// takes it
		sql.sql("update tiers_lieu set identifiant_standard = null where id = :retire")
			.param("retire", retire)
			.update();
		sql.sql("delete from tiers_lieu where id = :retire").param("retire", retire).update();
		sql.sql("select bilan_groupe_recalculer(:garde)").param("garde", garde).query().singleRow();
	}

	/** The pair's two places, if it is open and in the reader's régions. */
	private long[] paire(Perimetre perimetre, Long id) {
		return sql.sql("""
				select p.tiers_lieu_id, p.autre_id from doublon_possible p join tiers_lieu a on a.id = p.tiers_lieu_id
				where p.id = :id and p.statut = 'OUVERT' and""" + PERIMETRE + " for update of p")
			.param("id", id)
			.param("tout", perimetre.voitTout())
			.param("regions", perimetre.regionsOuAucune())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElseThrow(() -> new IntrouvableException("doublon", id));
	}

	private static Doublon doublon(ResultSet rs, int n) throws SQLException {
		Integer distance = rs.getObject("distance_metres") == null ? null : rs.getInt("distance_metres");
		return new Doublon(rs.getLong(1), distance, rs.getBigDecimal("similarite"), lieu(rs, 4), lieu(rs, 11));
	}

	private static Lieu lieu(ResultSet rs, int debut) throws SQLException {
		return new Lieu(rs.getLong(debut), rs.getString(debut + 1), rs.getString(debut + 2), rs.getString(debut + 3),
				rs.getString(debut + 4), rs.getString(debut + 5), rs.getString(debut + 6));
	}

	/** A pair of places that look alike. */
	public record Doublon(Long id, Integer distanceMetres, BigDecimal similarite, Lieu lieu, Lieu autre) {
	}

	/** One place of a pair, as the coordinator compares them. */
	public record Lieu(Long id, String nom, String adresse, String codePostal, String commune, String source,
			String siteWeb) {
	}

}
