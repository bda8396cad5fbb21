package fr.tierslieux.inclusion.repertoire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.SchemaTableau;

/**
 * The tiers-lieux in the national standard of "lieux de médiation numérique" (CSV, the
 * columns of its {@code schema.json}, in order). Each row is checked against the schema
 * before it is written: an optional value the standard would refuse is left empty, a
 * place missing a required one (postal code, address) is left out and counted.
 */
@Service
@Transactional(readOnly = true)
public class ExportMediationNumerique {

	static final String SCHEMA = "referentiel/mediation-numerique/schema.json";

	/**
	 * The standard's "pivot" when the SIRET is unknown (fourteen zeros, as its guide
	 * says).
	 */
	static final String PIVOT_INCONNU = "00000000000000";

	private final SchemaTableau schema = SchemaTableau.charger(SCHEMA);

	private final JdbcClient sql;

	private final Clock clock;

	ExportMediationNumerique(JdbcClient sql, Clock clock) {
		this.sql = sql;
		this.clock = clock;
	}

	/**
	 * @return rows written and places left out
	 */
	public Bilan exporter(FiltreAnnuaire filtre, Writer sortie) {
		List<String> colonnes = schema.champs().stream().map(SchemaTableau.Champ::nom).toList();
		int[] bilan = new int[2];
		// the writer is the caller's: flushed, not closed
		try {
			CSVPrinter csv = new CSVPrinter(sortie,
					CSVFormat.DEFAULT.builder().setHeader(colonnes.toArray(String[]::new)).get());
			RepertoireService
				.parametres(
						sql.sql("""
								select l.*, array(select ty.typologie from tiers_lieu_typologie ty where ty.tiers_lieu_id = l.id) as typologies
								from tiers_lieu l join departement d on d.code = l.departement_code where true"""
								+ RepertoireService.conditions(filtre) + " order by l.id"),
						filtre)
				.query(rs -> {
					Map<String, String> valeurs = new HashMap<>();
					long id = rs.getLong("id");
					String identifiant = rs.getString("identifiant_standard");
					valeurs.put("id", identifiant != null ? identifiant : "tiers-lieu-" + id);
					valeurs.put("pivot", rs.getString("siret") != null ? rs.getString("siret") : PIVOT_INCONNU);
					valeurs.put("nom", rs.getString("nom"));
					valeurs.put("commune", rs.getString("commune"));
					valeurs.put("code_postal", rs.getString("code_postal"));
					valeurs.put("code_insee", rs.getString("code_insee"));
					valeurs.put("adresse", rs.getString("adresse"));
					valeurs.put("latitude", texte(rs.getBigDecimal("latitude")));
					valeurs.put("longitude", texte(rs.getBigDecimal("longitude")));
					valeurs.put("typologie", "TIERS_LIEUX");
					valeurs.put("telephone", rs.getString("telephone"));
					valeurs.put("courriels", rs.getString("courriels"));
					valeurs.put("site_web", rs.getString("site_web"));
					valeurs.put("horaires", rs.getString("horaires"));
					valeurs.put("presentation_resume", rs.getString("presentation"));
					valeurs.put("source", rs.getString("source") != null ? rs.getString("source")
							: "Parcours numériques en tiers-lieux");
					valeurs.put("services", rs.getString("services"));
					LocalDate maj = rs.getObject("mis_a_jour_le", LocalDate.class);
					valeurs.put("date_maj", (maj != null ? maj : LocalDate.now(clock)).toString());
					if (conforme(valeurs)) {
						ecrire(csv, colonnes, valeurs);
						bilan[0]++;
					}
					else {
						bilan[1]++;
					}
				});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Bilan(bilan[0], bilan[1]);
	}

	/** Blanks the optional values the standard refuses; false when a required one is. */
	private boolean conforme(Map<String, String> valeurs) {
		for (SchemaTableau.Violation violation : schema.verifier(new Ligne(0, valeurs))) {
			if (violation.champ().obligatoire()) {
				return false;
			}
			valeurs.remove(violation.champ().nom());
		}
		return true;
	}

	private static void ecrire(CSVPrinter csv, List<String> colonnes, Map<String, String> valeurs) {
		try {
			csv.printRecord(colonnes.stream().map(c -> valeurs.getOrDefault(c, "")).toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String texte(BigDecimal nombre) {
		return nombre == null ? null : nombre.stripTrailingZeros().toPlainString();
	}

	/** What the export wrote and what it left out. */
	public record Bilan(int exportes, int ecartes) {
	}

}
