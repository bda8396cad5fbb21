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

/** {@code departements.csv} of the INSEE Code officiel géographique. */
@Component
class ImportDepartements implements Importeur<ImportDepartements.DepartementImporte> {

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	private final Geographie geographie;

	ImportDepartements(JdbcClient sql, JdbcTemplate jdbc, Geographie geographie) {
		this.sql = sql;
		this.jdbc = jdbc;
		this.geographie = geographie;
	}

	@Override
	public TypeImport type() {
		return TypeImport.DEPARTEMENTS;
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		return List.of("DEP", "REG", "LIBELLE");
	}

	@Override
	public DepartementImporte lire(Ligne ligne, Signalements signalements, ContexteImport contexte) {
		String code = ligne.texte("DEP");
		if (code != null && code.length() == 1) {
			code = "0" + code;
		}
		String region = Nettoyage.codeRegion(ligne.texte("REG"));
		String nom = Nettoyage.reparer(ligne.texte("LIBELLE"));
		if (code == null || !code.matches("^([013-9][0-9]|2[AB1-9]|97[0-9])$")) {
			signalements.rejeter("DEP", ligne.texte("DEP"), "Code de département absent ou invalide.");
		}
		if (region == null || !geographie.regions(contexte).contains(region)) {
			signalements.rejeter("REG", ligne.texte("REG"),
					"Région inconnue : importez d'abord les régions (regions.csv).");
		}
		if (nom == null) {
			signalements.rejeter("LIBELLE", null, "Nom du département absent.");
		}
		return signalements.rejetee() ? null : new DepartementImporte(code, Nettoyage.tronquer(nom, 100), region);
	}

	@Override
	public String cle(DepartementImporte valeur) {
		return valeur.code();
	}

	@Override
	public Map<String, Existant<DepartementImporte>> existants(List<DepartementImporte> valeurs) {
		return sql.sql("select code, nom, region_code from departement where code in (:codes)")
			.param("codes", valeurs.stream().map(DepartementImporte::code).toList())
			.query((rs, n) -> new DepartementImporte(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(DepartementImporte::code, d -> new Existant<>(d.code(), d), (a, b) -> a));
	}

	@Override
	public void ecrire(List<Existant<DepartementImporte>> ecritures) {
		jdbc.batchUpdate("""
				insert into departement (code, nom, region_code) values (?, ?, ?)
				on conflict (code) do update set nom = excluded.nom, region_code = excluded.region_code""", ecritures,
				ecritures.size(), (ps, e) -> {
					ps.setString(1, e.valeur().code());
					ps.setString(2, e.valeur().nom());
					ps.setString(3, e.valeur().region());
				});
	}

	record DepartementImporte(String code, String nom, String region) {
	}

}
