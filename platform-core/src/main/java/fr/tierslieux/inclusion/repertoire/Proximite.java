package fr.tierslieux.inclusion.repertoire;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.fichier.Nettoyage;

/**
 * Where a commune lies, without a map service: the mean position of the agences and
 * tiers-lieux known in it, else of those of its département. The INSEE referential gives
 * no coordinates; the places imported with theirs do.
 */
@Component
class Proximite {

	private final JdbcClient sql;

	Proximite(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * @return null when the commune is unknown or no place near it has coordinates
	 */
	Position position(String saisie) {
		if (saisie == null || saisie.isBlank()) {
			return null;
		}
		String texte = saisie.strip();
		String code = Nettoyage.codeInsee(texte);
		List<Commune> communes = sql.sql("""
				select code, nom, departement_code from commune
				where departement_code is not null and (code = :code or lower(nom) = lower(:nom))
				order by case type_commune when 'COM' then 0 when 'ARM' then 1 else 2 end, code limit 1""")
			.param("code", code)
			.param("nom", texte)
			.query((rs, n) -> new Commune(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		Commune commune = communes.isEmpty() ? parLesLieux(texte) : communes.get(0);
		if (commune == null) {
			return null;
		}
		List<double[]> centre = sql
			.sql("""
					select avg(latitude), avg(longitude), count(*) from (
					    select latitude, longitude from agence
					    where latitude is not null and (code_insee = :code or (departement_code = :dep and lower(commune) = lower(:nom)))
					    union all
					    select latitude, longitude from tiers_lieu
					    where latitude is not null and (code_insee = :code or (departement_code = :dep and lower(commune) = lower(:nom)))
					) lieux having count(*) > 0
					union all
					select avg(latitude), avg(longitude), count(*) from (
					    select latitude, longitude from agence where latitude is not null and departement_code = :dep
					    union all
					    select latitude, longitude from tiers_lieu where latitude is not null and departement_code = :dep
					) lieux having count(*) > 0""")
			.param("code", commune.code())
			.param("dep", commune.departement())
			.param("nom", commune.nom())
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.list();
		return centre.isEmpty() ? null
				: new Position(commune.nom() + " (" + commune.departement() + ")", centre.get(0)[0], centre.get(0)[1]);
	}

	/** Without the COG imported: a commune named as places write it. */
	private Commune parLesLieux(String nom) {
		return sql.sql("""
				select code_insee, commune, departement_code from (
				    select code_insee, commune, departement_code from agence where lower(commune) = lower(:nom)
				    union all
				    select code_insee, commune, departement_code from tiers_lieu where lower(commune) = lower(:nom)) l
				limit 1""")
			.param("nom", nom)
			.query((rs, n) -> new Commune(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional()
			.orElse(null);
	}

	record Position(String libelle, double latitude, double longitude) {
	}

	private record Commune(String code, String nom, String departement) {
	}

}
