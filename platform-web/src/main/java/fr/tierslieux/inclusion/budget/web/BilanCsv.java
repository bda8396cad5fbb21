package fr.tierslieux.inclusion.budget.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.budget.BilanBudgetaire;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.ConventionMobilisee;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Ligne;
import fr.tierslieux.inclusion.commun.TableurCsv;

/**
 * The budget report as one table for spreadsheet users ({@link TableurCsv}): one line per
 * envelope, poste, tiers-lieu, département and convention.
 */
@Component
class BilanCsv {

	private final LibellesDuBilan libelles;

	BilanCsv(LibellesDuBilan libelles) {
		this.libelles = libelles;
	}

	void ecrire(BilanBudgetaire bilan, OutputStream sortie) throws IOException {
		try (CSVPrinter csv = TableurCsv.ouvrir(sortie, entetes().toArray(String[]::new))) {
			csv.printRecord(libelles.texte("budget.enveloppe"), bilan.entete().vague(),
					montant(bilan.entete().enveloppe()), "", "", "", "", "", "", "");
			lignes(csv, "budget.poste", bilan.parPoste(), libelles::poste);
			lignes(csv, "budget.tiersLieu", bilan.parTiersLieu(), libelles::tiersLieu);
			lignes(csv, "budget.departement", bilan.parDepartement(), libelles::departement);
			lignes(csv, "budget.total", List.of(bilan.total()), l -> bilan.entete().vague());
			for (ConventionMobilisee c : bilan.conventions()) {
				csv.printRecord(libelles.texte("budget.conventions"), c.numero() + " — " + c.tiersLieu(),
						montant(c.montant()), montant(c.engageDansLaVague()), montant(c.payeDansLaVague()),
						montant(c.engageDansLaVague().subtract(c.payeDansLaVague())), "", "", "", "");
			}
		}
	}

	private List<String> entetes() {
		return List.of(libelles.texte("budget.section"), libelles.texte("budget.libelle"),
				libelles.texte("budget.prevu"), libelles.texte("budget.engage"), libelles.texte("budget.paye"),
				libelles.texte("budget.resteAPayer"), libelles.texte("budget.heures"),
				libelles.texte("budget.personnes"), libelles.texte("budget.coutParHeure"),
				libelles.texte("budget.coutParPersonne"));
	}

	private void lignes(CSVPrinter csv, String section, List<Ligne> lignes, Function<Ligne, String> libelle)
			throws IOException {
		for (Ligne l : lignes) {
			csv.printRecord(libelles.texte(section), libelle.apply(l), montant(l.prevu()), montant(l.engage()),
					montant(l.paye()), montant(l.resteAPayer()),
					montant(BigDecimal.valueOf(l.minutes(), 0)
						.divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)),
					l.personnes(), montant(l.coutParHeure()), montant(l.coutParPersonne()));
		}
	}

	private static String montant(BigDecimal montant) {
		return TableurCsv.nombre(montant);
	}

}
