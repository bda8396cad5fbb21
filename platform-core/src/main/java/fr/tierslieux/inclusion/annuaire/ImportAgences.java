package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;
import java.sql.Types;
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
import fr.tierslieux.inclusion.territoire.Geographie;

import static fr.tierslieux.inclusion.annuaire.Localisation.coordonnee;
import static fr.tierslieux.inclusion.annuaire.Localisation.texteRepare;

/**
 * The France Travail site referential ({@code pole_emploi_agencies_2019.csv}), keyed by
 * SAFIR code.
 */
@Component
class ImportAgences implements Importeur<ImportAgences.AgenceImportee> {

	private static final Map<String, AgenceType> TYPES = Map.of("ALE", AgenceType.AGENCE_LOCALE, "DDA",
			AgenceType.DIRECTION_TERRITORIALE, "DRA", AgenceType.DIRECTION_REGIONALE);

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	private final Geographie geographie;

	ImportAgences(JdbcClient sql, JdbcTemplate jdbc, Geographie geographie) {
		this.sql = sql;
		this.jdbc = jdbc;
		this.geographie = geographie;
	}

	@Override
	public TypeImport type() {
		return TypeImport.AGENCES;
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		return List.of("CODE_SAFIR", "NOM", "TYPE_SITE", "ADRESSE", "CODE_POSTAL", "COMMUNE");
	}

	@Override
	public AgenceImportee lire(Ligne ligne, Signalements signalements, ContexteImport contexte) {
		String safir = ligne.texte("CODE_SAFIR");
		if (safir == null || !safir.matches("^[0-9]{1,5}$")) {
			signalements.rejeter("CODE_SAFIR", safir, "Code SAFIR absent ou invalide (cinq chiffres).");
		}
		else if (safir.length() < 5) {
			String complet = "0".repeat(5 - safir.length()) + safir;
			signalements.avertir("CODE_SAFIR", safir, "Zéros initiaux rétablis : " + complet + ".");
			safir = complet;
		}
		String nom = texteRepare(ligne.texte("NOM"), "NOM", signalements);
		if (nom == null) {
			signalements.rejeter("NOM", null, "Nom de l'agence absent.");
		}
		AgenceType type = TYPES.get(ligne.texte("TYPE_SITE"));
		if (type == null) {
			signalements.rejeter("TYPE_SITE", ligne.texte("TYPE_SITE"), "Type de site inconnu (ALE, DDA ou DRA).");
		}
		String commune = texteRepare(ligne.texte("COMMUNE"), "COMMUNE", signalements);
		if (commune == null) {
			signalements.rejeter("COMMUNE", null, "Commune absente.");
		}
		String codePostal = Nettoyage.codePostal(ligne.texte("CODE_POSTAL"));
		if (codePostal == null && Nettoyage.renseigne(ligne.texte("CODE_POSTAL"))) {
			signalements.rejeter("CODE_POSTAL", ligne.texte("CODE_POSTAL"), "Code postal invalide.");
		}
		if (signalements.rejetee()) {
			return null;
		}
		String departement = Localisation.departement(geographie, contexte, signalements, null, codePostal,
				Nettoyage.codeRegion(ligne.texte("REGION")));
		if (departement == null) {
			return null;
		}
		return new AgenceImportee(safir, Nettoyage.tronquer(nom, 200), type,
				Nettoyage.tronquer(adresse(ligne, signalements), 300), codePostal, Nettoyage.tronquer(commune, 150),
				departement, coordonnee(ligne.texte("DN_LATITUDE"), 90, "DN_LATITUDE", signalements),
				coordonnee(ligne.texte("DN_LONGITUDE"), 180, "DN_LONGITUDE", signalements));
	}

	/**
	 * The building (résidence, centre commercial…) before the street, as French addresses
	 * write it.
	 */
	private static String adresse(Ligne ligne, Signalements signalements) {
		String complement = ligne.texte("DC_COMPLEMENTADRSITEPHYSIQUE");
		String rue = ligne.texte("ADRESSE");
		String adresse = complement == null ? rue : rue == null ? complement : complement + ", " + rue;
		return texteRepare(adresse, "ADRESSE", signalements);
	}

	@Override
	public String cle(AgenceImportee valeur) {
		return valeur.codeSafir();
	}

	@Override
	public Map<String, Existant<AgenceImportee>> existants(List<AgenceImportee> valeurs) {
		return sql.sql("""
				select code_safir, nom, type, adresse, code_postal, commune, departement_code, latitude, longitude
				from agence where code_safir in (:codes)""")
			.param("codes", valeurs.stream().map(AgenceImportee::codeSafir).toList())
			.query((rs, n) -> new AgenceImportee(rs.getString(1), rs.getString(2), AgenceType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
					rs.getBigDecimal(9)))
			.list()
			.stream()
			.collect(Collectors.toMap(AgenceImportee::codeSafir, a -> new Existant<>(a.codeSafir(), a)));
	}

	@Override
	public void ecrire(List<Existant<AgenceImportee>> ecritures) {
		jdbc.batchUpdate(
				"""
						insert into agence (code_safir, nom, type, adresse, code_postal, commune, departement_code, latitude, longitude)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (code_safir) do update set nom = excluded.nom, type = excluded.type,
						    adresse = excluded.adresse, code_postal = excluded.code_postal, commune = excluded.commune,
						    departement_code = excluded.departement_code, latitude = excluded.latitude,
						    longitude = excluded.longitude, version = agence.version + 1""",
				ecritures, ecritures.size(), (ps, e) -> {
					AgenceImportee a = e.valeur();
					ps.setString(1, a.codeSafir());
					ps.setString(2, a.nom());
					ps.setString(3, a.type().name());
					ps.setString(4, a.adresse());
					ps.setString(5, a.codePostal());
					ps.setString(6, a.commune());
					ps.setString(7, a.departement());
					ps.setObject(8, a.latitude(), Types.NUMERIC);
					ps.setObject(9, a.longitude(), Types.NUMERIC);
				});
	}

	record AgenceImportee(String codeSafir, String nom, AgenceType type, String adresse, String codePostal,
			String commune, String departement, BigDecimal latitude, BigDecimal longitude) {
	}

}
