package fr.tierslieux.inclusion.territoire;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.Importeur;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.Signalements;
import fr.tierslieux.inclusion.fichier.TypeImport;

/** {@code regions.csv} of the INSEE Code officiel géographique. */
@Component
class ImportRegions implements Importeur<ImportRegions.RegionImportee> {

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	ImportRegions(JdbcClient sql, JdbcTemplate jdbc) {
		this.sql = sql;
		this.jdbc = jdbc;
	}

	@Override
	public TypeImport type() {
		return TypeImport.REGIONS;
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		return List.of("REG", "LIBELLE");
	}

	@Override
	public RegionImportee lire(Ligne ligne, Signalements signalements, ContexteImport contexte) {
		String code = Nettoyage.codeRegion(ligne.texte("REG"));
		String nom = Nettoyage.reparer(ligne.texte("LIBELLE"));
		if (code == null || !code.matches("^[0-9]{2}$")) {
			signalements.rejeter("REG", ligne.texte("REG"), "Code de région absent ou invalide (deux chiffres).");
		}
		if (nom == null) {
			signalements.rejeter("LIBELLE", null, "Nom de la région absent.");
		}
		return signalements.rejetee() ? null : new RegionImportee(code, Nettoyage.tronquer(nom, 100));
	}

	@Override
	public String cle(RegionImportee valeur) {
		return valeur.code();
	}

	@Override
	public Map<String, Existant<RegionImportee>> existants(List<RegionImportee> valeurs) {
		return sql.sql("select code, nom from region where code in (:codes)")
			.param("codes", valeurs.stream().map(RegionImportee::code).toList())
			.query((rs, n) -> new RegionImportee(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(RegionImportee::code, r -> new Existant<>(r.code(), r), (a, b) -> a));
	}

	@Override
	public void ecrire(List<Existant<RegionImportee>> ecritures) {
		jdbc.batchUpdate(
				"insert into region (code, nom) values (?, ?) on conflict (code) do update set nom = excluded.nom",
				ecritures, ecritures.size(), (ps, e) -> {
					ps.setString(1, e.valeur().code());
					ps.setString(2, e.valeur().nom());
				});
	}

	record RegionImportee(String code, String nom) {
	}

}
