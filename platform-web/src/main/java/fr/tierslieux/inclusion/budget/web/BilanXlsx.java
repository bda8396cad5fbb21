package fr.tierslieux.inclusion.budget.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.budget.BilanBudgetaire;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.ConventionMobilisee;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Entete;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Financeur;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Ligne;

/**
 * The budget report as a workbook (Apache POI): a summary sheet that states the filters,
 * then one sheet per breakdown whose totals, remainders and costs are spreadsheet
 * formulas, so that a funder who corrects a cell sees the totals follow.
 */
@Component
class BilanXlsx {

	private final LibellesDuBilan libelles;

	BilanXlsx(LibellesDuBilan libelles) {
		this.libelles = libelles;
	}

	void ecrire(BilanBudgetaire bilan, OutputStream sortie) throws IOException {
		try (XSSFWorkbook classeur = new XSSFWorkbook()) {
			Styles styles = new Styles(classeur);
			synthese(classeur.createSheet(libelles.texte("budget.chiffresCles")), bilan, styles);
			repartition(classeur.createSheet(libelles.texte("budget.parPoste")), libelles.texte("budget.poste"),
					bilan.parPoste(), libelles::poste, bilan.total(), styles);
			repartition(classeur.createSheet(libelles.texte("budget.parTiersLieu")), libelles.texte("budget.tiersLieu"),
					bilan.parTiersLieu(), libelles::tiersLieu, bilan.total(), styles);
			repartition(classeur.createSheet(libelles.texte("budget.parDepartement")),
					libelles.texte("budget.departement"), bilan.parDepartement(), libelles::departement, bilan.total(),
					styles);
			conventions(classeur.createSheet(libelles.texte("nav.conventions")), bilan.conventions(), styles);
			financeurs(classeur.createSheet(libelles.texte("budget.financeur")), bilan.financeurs(), styles);
			classeur.write(sortie);
		}
	}

	private void synthese(Sheet feuille, BilanBudgetaire bilan, Styles styles) {
		Entete e = bilan.entete();
		Ligne t = bilan.total();
		texte(feuille.createRow(0), 0, libelles.texte("budget.imprimable.titre", e.vague()), styles.titre);
		texte(feuille.createRow(1), 0, libelles.filtres(e), null);
		texte(feuille.createRow(2), 0, libelles.edition(bilan), null);
		Object[][] chiffres = { { "budget.enveloppe", e.enveloppe() }, { "budget.prevuTiersLieux", t.prevu() },
				{ "budget.budgetTotal", e.budgetTotal(t) }, { "budget.engage", t.engage() },
				{ "budget.paye", t.paye() }, { "budget.resteAPayer", t.resteAPayer() },
				{ "budget.resteAEngager", t.resteAEngager() } };
		int r = 4;
		for (Object[] chiffre : chiffres) {
			Row ligne = feuille.createRow(r++);
			texte(ligne, 0, libelles.texte((String) chiffre[0]), styles.entete);
			montant(ligne, 1, (BigDecimal) chiffre[1], styles.euros);
		}
		Row heures = feuille.createRow(r++);
		texte(heures, 0, libelles.texte("budget.heures"), styles.entete);
		heures.createCell(1).setCellValue(t.minutes() / 60.0);
		heures.getCell(1).setCellStyle(styles.heures);
		Row personnes = feuille.createRow(r);
		texte(personnes, 0, libelles.texte("budget.personnes"), styles.entete);
		personnes.createCell(1).setCellValue(t.personnes());
		feuille.setColumnWidth(0, 40 * 256);
		feuille.setColumnWidth(1, 18 * 256);
	}

	/**
	 * Columns: label, planned, committed, paid, remainder (formula), hours, people, cost
	 * per hour and per person (formulas); a total line of sums, except for people, who
	 * are counted once across lines.
	 */
	private void repartition(Sheet feuille, String premiere, List<Ligne> lignes, Function<Ligne, String> libelle,
			Ligne total, Styles styles) {
		entetes(feuille, styles, premiere, "budget.prevu", "budget.engage", "budget.paye", "budget.resteAPayer",
				"budget.heures", "budget.personnes", "budget.coutParHeure", "budget.coutParPersonne");
		int r = 1;
		for (Ligne l : lignes) {
			Row ligne = feuille.createRow(r++);
			texte(ligne, 0, libelle.apply(l), null);
			montant(ligne, 1, l.prevu(), styles.euros);
			montant(ligne, 2, l.engage(), styles.euros);
			montant(ligne, 3, l.paye(), styles.euros);
			formule(ligne, 4, "C%1$d-D%1$d".formatted(r), styles.euros);
			ligne.createCell(5).setCellValue(l.minutes() / 60.0);
			ligne.getCell(5).setCellStyle(styles.heures);
			ligne.createCell(6).setCellValue(l.personnes());
			couts(ligne, r, styles.euros);
		}
		Row somme = feuille.createRow(r);
		texte(somme, 0, libelles.texte("budget.total"), styles.entete);
		for (int c = 1; c <= 5; c++) {
			String colonne = String.valueOf((char) ('A' + c));
			formule(somme, c, lignes.isEmpty() ? "0" : "SUM(%1$s2:%1$s%2$d)".formatted(colonne, r),
					c == 5 ? styles.heuresTotal : styles.eurosTotal);
		}
		somme.createCell(6).setCellValue(total.personnes());
		somme.getCell(6).setCellStyle(styles.entete);
		couts(somme, r + 1, styles.eurosTotal);
		feuille.setColumnWidth(0, 45 * 256);
		for (int c = 1; c <= 8; c++) {
			feuille.setColumnWidth(c, 16 * 256);
		}
		feuille.createFreezePane(1, 1);
	}

	private static void couts(Row ligne, int numero, CellStyle style) {
		formule(ligne, 7, "IF(F%1$d>0,ROUND(C%1$d/F%1$d,2),\"\")".formatted(numero), style);
		formule(ligne, 8, "IF(G%1$d>0,ROUND(C%1$d/G%1$d,2),\"\")".formatted(numero), style);
	}

	private void conventions(Sheet feuille, List<ConventionMobilisee> conventions, Styles styles) {
		entetes(feuille, styles, libelles.texte("budget.numero"), "budget.tiersLieu", "budget.type", "budget.periode",
				"budget.montantConvention", "budget.coutAction", "budget.engageVague", "budget.payeVague");
		int r = 1;
		for (ConventionMobilisee c : conventions) {
			Row ligne = feuille.createRow(r++);
			texte(ligne, 0, c.numero(), null);
			texte(ligne, 1, c.tiersLieu(), null);
			texte(ligne, 2, libelles.texte("typeConvention." + c.type()), null);
			texte(ligne, 3, libelles.periode(c.debut(), c.fin()), null);
			montant(ligne, 4, c.montant(), styles.euros);
			montant(ligne, 5, c.coutAction(), styles.euros);
			montant(ligne, 6, c.engageDansLaVague(), styles.euros);
			montant(ligne, 7, c.payeDansLaVague(), styles.euros);
		}
		Row somme = feuille.createRow(r);
		texte(somme, 0, libelles.texte("budget.total"), styles.entete);
		for (int c = 4; c <= 7; c++) {
			String colonne = String.valueOf((char) ('A' + c));
			formule(somme, c, conventions.isEmpty() ? "0" : "SUM(%1$s2:%1$s%2$d)".formatted(colonne, r),
					styles.eurosTotal);
		}
		feuille.setColumnWidth(1, 40 * 256);
		for (int c : new int[] { 0, 2, 3, 4, 5, 6, 7 }) {
			feuille.setColumnWidth(c, 20 * 256);
		}
	}

	private void financeurs(Sheet feuille, List<Financeur> financeurs, Styles styles) {
		entetes(feuille, styles, libelles.texte("budget.financeur"), "budget.montant");
		int r = 1;
		for (Financeur f : financeurs) {
			Row ligne = feuille.createRow(r++);
			texte(ligne, 0, f.nom() == null ? libelles.texte("budget.franceTravail") : f.nom(), null);
			montant(ligne, 1, f.montant(), styles.euros);
		}
		Row somme = feuille.createRow(r);
		texte(somme, 0, libelles.texte("budget.total"), styles.entete);
		formule(somme, 1, "SUM(B2:B%d)".formatted(r), styles.eurosTotal);
		feuille.setColumnWidth(0, 40 * 256);
		feuille.setColumnWidth(1, 18 * 256);
	}

	private void entetes(Sheet feuille, Styles styles, String premiere, String... codes) {
		Row ligne = feuille.createRow(0);
		texte(ligne, 0, premiere, styles.entete);
		for (int c = 0; c < codes.length; c++) {
			texte(ligne, c + 1, libelles.texte(codes[c]), styles.entete);
		}
	}

	private static void texte(Row ligne, int colonne, String valeur, CellStyle style) {
		Cell cellule = ligne.createCell(colonne);
		cellule.setCellValue(valeur);
		if (style != null) {
			cellule.setCellStyle(style);
		}
	}

	/**
	 * An amount: spreadsheets hold doubles, which keep every amount of cents up to ten
	 * digits exactly enough to print it back.
	 */
	private static void montant(Row ligne, int colonne, BigDecimal valeur, CellStyle style) {
		Cell cellule = ligne.createCell(colonne);
		if (valeur != null) {
			cellule.setCellValue(valeur.doubleValue());
		}
		cellule.setCellStyle(style);
	}

	private static void formule(Row ligne, int colonne, String formule, CellStyle style) {
		Cell cellule = ligne.createCell(colonne);
		cellule.setCellFormula(formule);
		cellule.setCellStyle(style);
	}

	/** The workbook's few cell styles, created once (a workbook holds at most 64,000). */
	private static final class Styles {

		final CellStyle titre;

		final CellStyle entete;

		final CellStyle euros;

		final CellStyle eurosTotal;

		final CellStyle heures;

		final CellStyle heuresTotal;

		Styles(XSSFWorkbook classeur) {
			Font gras = classeur.createFont();
			gras.setBold(true);
			Font grand = classeur.createFont();
			grand.setBold(true);
			grand.setFontHeightInPoints((short) 14);
			short formatEuros = classeur.createDataFormat().getFormat("#,##0.00 \"€\"");
			short formatHeures = classeur.createDataFormat().getFormat("0.00");
			titre = classeur.createCellStyle();
			titre.setFont(grand);
			entete = classeur.createCellStyle();
			entete.setFont(gras);
			entete.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			entete.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			entete.setWrapText(true);
			euros = classeur.createCellStyle();
			euros.setDataFormat(formatEuros);
			eurosTotal = classeur.createCellStyle();
			eurosTotal.cloneStyleFrom(euros);
			eurosTotal.setFont(gras);
			eurosTotal.setBorderTop(BorderStyle.THIN);
			heures = classeur.createCellStyle();
			heures.setDataFormat(formatHeures);
			heuresTotal = classeur.createCellStyle();
			heuresTotal.cloneStyleFrom(heures);
			heuresTotal.setFont(gras);
			heuresTotal.setBorderTop(BorderStyle.THIN);
		}

	}

}
