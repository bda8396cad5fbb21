package fr.tierslieux.inclusion.territoire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.fichier.ContexteImport;

/**
 * The geographic referential as imports check rows against it: read once per file
 * (through {@link ContexteImport#memoriser}), not once per row.
 */
@Component
public class Geographie {

	private final JdbcClient sql;

	Geographie(JdbcClient sql) {
		this.sql = sql;
	}

	public Set<String> regions(ContexteImport contexte) {
		return contexte.memoriser("regions",
				() -> Set.copyOf(sql.sql("select code from region").query(String.class).list()));
	}

	/** Département code → its région's code. */
	public Map<String, String> departements(ContexteImport contexte) {
		return contexte.memoriser("departements",
				() -> sql.sql("select code, region_code from departement")
					.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	/** Names of régions, for messages. */
	public Map<String, String> nomsDesRegions(ContexteImport contexte) {
		return contexte.memoriser("nomsDesRegions",
				() -> sql.sql("select code, nom from region")
					.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
					.list()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	/** INSEE code of a current commune (or arrondissement) → its département. */
	public Map<String, String> communes(ContexteImport contexte) {
		return contexte.memoriser("communes", () -> {
			Map<String, String> communes = new HashMap<>();
			List<Map.Entry<String, String>> lignes = sql
				.sql("select code, departement_code from commune where departement_code is not null")
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list();
			lignes.forEach(e -> communes.put(e.getKey(), e.getValue()));
			return communes;
		});
	}

	/**
	 * The mean position of the places known in each département (agences and
	 * tiers-lieux): enough to tell coordinates that put a place at the other end of
	 * France.
	 */
	public Map<String, double[]> centres(ContexteImport contexte) {
		return contexte.memoriser("centres", () -> sql.sql("""
				select departement_code, avg(latitude), avg(longitude) from (
				    select departement_code, latitude, longitude from agence where latitude is not null
				    union all
				    select departement_code, latitude, longitude from tiers_lieu where latitude is not null) lieux
				group by departement_code""")
			.query((rs, n) -> Map.entry(rs.getString(1), new double[] { rs.getDouble(2), rs.getDouble(3) }))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

}
