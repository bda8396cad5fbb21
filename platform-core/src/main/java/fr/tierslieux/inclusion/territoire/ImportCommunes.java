package fr.tierslieux.inclusion.territoire;

import java.util.Arrays;
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

/**
 * {@code communes.csv} of the INSEE Code officiel géographique. Delegated and associated
 * communes reuse their parent's code: a commune is known by its type and its code.
 */
@Component
class ImportCommunes implements Importeur<ImportCommunes.CommuneImportee> {

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	private final Geographie geographie;

	ImportCommunes(JdbcClient sql, JdbcTemplate jdbc, Geographie geographie) {
		this.sql = sql;
		this.jdbc = jdbc;
		this.geographie = geographie;
	}

	@Override
	public TypeImport type() {
		return TypeImport.COMMUNES;
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		return List.of("TYPECOM", "COM", "REG", "DEP", "LIBELLE", "COMPARENT");
	}

	@Override
	public CommuneImportee lire(Ligne ligne, Signalements signalements, ContexteImport contexte) {
		String type = ligne.texte("TYPECOM");
		String code = Nettoyage.codeInsee(ligne.texte("COM"));
		String departement = ligne.texte("DEP");
		String region = Nettoyage.codeRegion(ligne.texte("REG"));
		String nom = Nettoyage.reparer(ligne.texte("LIBELLE"));
		if (type == null || Arrays.stream(TypeCommune.values()).noneMatch(t -> t.name().equals(type))) {
			signalements.rejeter("TYPECOM", type, "Type de commune inconnu (COM, COMA, COMD ou ARM attendu).");
		}
		if (code == null) {
			signalements.rejeter("COM", ligne.texte("COM"), "Code commune absent ou invalide.");
		}
		else if (ligne.texte("COM").length() == 4) {
			signalements.avertir("COM", ligne.texte("COM"), "Zéro initial rétabli : " + code + ".");
		}
		if (departement != null && !geographie.departements(contexte).containsKey(departement)) {
			signalements.rejeter("DEP", departement, "Département inconnu du référentiel.");
		}
		if (region != null && !geographie.regions(contexte).contains(region)) {
			signalements.rejeter("REG", ligne.texte("REG"), "Région inconnue du référentiel.");
		}
		if (nom == null) {
			signalements.rejeter("LIBELLE", null, "Nom de la commune absent.");
		}
		return signalements.rejetee() ? null : new CommuneImportee(type, code, Nettoyage.tronquer(nom, 200),
				departement, region, Nettoyage.codeInsee(ligne.texte("COMPARENT")));
	}

	@Override
	public String cle(CommuneImportee valeur) {
		return valeur.type() + ":" + valeur.code();
	}

	@Override
	public Map<String, Existant<CommuneImportee>> existants(List<CommuneImportee> valeurs) {
		return sql.sql("""
				select type_commune, code, nom, departement_code, region_code, commune_parente
				from commune where code in (:codes)""")
			.param("codes", valeurs.stream().map(CommuneImportee::code).distinct().toList())
			.query((rs, n) -> new CommuneImportee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list()
			.stream()
			.collect(Collectors.toMap(this::cle, c -> new Existant<>(cle(c), c), (a, b) -> a));
	}

	@Override
	public void ecrire(List<Existant<CommuneImportee>> ecritures) {
		jdbc.batchUpdate("""
				insert into commune (type_commune, code, nom, departement_code, region_code, commune_parente)
				values (?, ?, ?, ?, ?, ?)
				on conflict (type_commune, code) do update set nom = excluded.nom,
				    departement_code = excluded.departement_code, region_code = excluded.region_code,
				    commune_parente = excluded.commune_parente""", ecritures, ecritures.size(), (ps, e) -> {
			CommuneImportee c = e.valeur();
			ps.setString(1, c.type());
			ps.setString(2, c.code());
			ps.setString(3, c.nom());
			ps.setString(4, c.departement());
			ps.setString(5, c.region());
			ps.setString(6, c.parente());
		});
	}

	record CommuneImportee(String type, String code, String nom, String departement, String region, String parente) {
	}

}
