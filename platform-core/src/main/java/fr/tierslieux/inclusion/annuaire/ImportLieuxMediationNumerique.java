package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.SchemaTableau;
import fr.tierslieux.inclusion.fichier.Signalements;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.territoire.Geographie;

import static fr.tierslieux.inclusion.annuaire.Localisation.coordonnee;
import static fr.tierslieux.inclusion.annuaire.Localisation.texteRepare;

/**
 * The national standard of "lieux de médiation numérique" (LaMednum, v1.0.2), as CSV or
 * as a JSON array of the same fields; rows are checked against the standard's
 * {@code schema.json}. A missing or malformed required field rejects the row; a malformed
 * optional one is dropped with a warning.
 */
@Component
class ImportLieuxMediationNumerique extends ImportDeLieux {

	static final String SCHEMA = "referentiel/mediation-numerique/schema.json";

	/**
	 * Its README says {@code ;} separates multiple values, its example uses {@code |}:
	 * both are read.
	 */
	private static final Set<String> MULTIVALUES = Set.of("typologie", "courriels", "site_web", "services",
			"publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge",
			"dispositif_programmes_nationaux", "formations_labels", "modalites_acces", "modalites_accompagnement",
			"itinerance");

	private static final Pattern SIRET = Pattern.compile("^[0-9]{14}$");

	private final SchemaTableau schema = SchemaTableau.charger(SCHEMA);

	ImportLieuxMediationNumerique(JdbcClient sql, JdbcTemplate jdbc, Geographie geographie,
			DoublonsPossibles doublons) {
		super(sql, jdbc, geographie, doublons);
	}

	@Override
	public TypeImport type() {
		return TypeImport.LIEUX_MEDIATION_NUMERIQUE;
	}

	@Override
	public List<String> colonnesObligatoires(ContexteImport contexte) {
		return schema.obligatoires();
	}

	@Override
	public LieuImporte lire(Ligne brute, Signalements signalements, ContexteImport contexte) {
		Ligne ligne = avecBarresVerticales(brute);
		Map<String, String> ignores = new HashMap<>();
		for (SchemaTableau.Violation v : schema.verifier(ligne)) {
			if (v.champ().obligatoire()) {
				signalements.rejeter(v.champ().nom(), v.valeur(), v.motif());
			}
			else {
				signalements.avertir(v.champ().nom(), v.valeur(), v.motif() + " Valeur ignorée.");
				ignores.put(v.champ().nom(), v.valeur());
			}
		}
		if (signalements.rejetee()) {
			return null;
		}
		String codeInsee = ignores.containsKey("code_insee") ? null : Nettoyage.codeInsee(ligne.texte("code_insee"));
		String codePostal = Nettoyage.codePostal(ligne.texte("code_postal"));
		String departement = Localisation.departement(geographie, contexte, signalements, codeInsee, codePostal, null);
		if (departement == null) {
			return null;
		}
		BigDecimal[] position = Localisation.position(geographie, contexte, signalements, departement,
				coordonnee(ligne.texte("latitude"), 90, "latitude", signalements),
				coordonnee(ligne.texte("longitude"), 180, "longitude", signalements));
		String pivot = ligne.texte("pivot");
		String adresse = ligne.texte("complement_adresse") == null ? ligne.texte("adresse")
				: ligne.texte("adresse") + ", " + ligne.texte("complement_adresse");
		return new LieuImporte(ligne.texte("id"), texteRepare(ligne.texte("nom"), "nom", signalements),
				pivot != null && SIRET.matcher(pivot).matches() ? pivot : null, adresse, codePostal,
				texteRepare(ligne.texte("commune"), "commune", signalements), codeInsee, departement, position[0],
				position[1], premiere(garde(ligne, "site_web", ignores)), Set.of(),
				ligne.texte("source") == null ? "Médiation numérique" : ligne.texte("source"),
				premiere(garde(ligne, "telephone", ignores)), garde(ligne, "courriels", ignores),
				garde(ligne, "horaires", ignores), garde(ligne, "presentation_resume", ignores),
				garde(ligne, "services", ignores), LocalDate.parse(ligne.texte("date_maj")));
	}

	private static String garde(Ligne ligne, String champ, Map<String, String> ignores) {
		return ignores.containsKey(champ) ? null : ligne.texte(champ);
	}

	private static String premiere(String valeurs) {
		return valeurs == null ? null : valeurs.split("\\|")[0].strip();
	}

	private static Ligne avecBarresVerticales(Ligne ligne) {
		Map<String, String> valeurs = new LinkedHashMap<>(ligne.valeurs());
		MULTIVALUES.forEach(champ -> valeurs.computeIfPresent(champ, (c, v) -> v.replace(';', '|')));
		return new Ligne(ligne.numero(), valeurs);
	}

}
