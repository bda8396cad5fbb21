package fr.tierslieux.inclusion.importation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Column mappings a user saved to read the same kind of list again. */
@Repository
class Correspondances {

	private final JdbcClient sql;

	Correspondances(JdbcClient sql) {
		this.sql = sql;
	}

	void enregistrer(Long auteurId, String nom, Map<String, String> colonnes, Instant maintenant) {
		sql.sql("""
				insert into correspondance_colonnes (nom, colonnes, auteur_id, cree_le)
				values (:nom, :colonnes, :auteur, :maintenant)
				on conflict (auteur_id, nom) do update set colonnes = excluded.colonnes""")
			.param("nom", nom)
			.param("colonnes", Correspondance.ecrire(colonnes))
			.param("auteur", auteurId)
			.param("maintenant", Timestamp.from(maintenant))
			.update();
	}

	List<CorrespondanceEnregistree> de(Long auteurId) {
		return sql.sql("select id, nom, colonnes from correspondance_colonnes where auteur_id = :auteur order by nom")
			.param("auteur", auteurId)
			.query((rs, n) -> new CorrespondanceEnregistree(rs.getLong(1), rs.getString(2),
					Correspondance.lire(rs.getString(3))))
			.list();
	}

}
