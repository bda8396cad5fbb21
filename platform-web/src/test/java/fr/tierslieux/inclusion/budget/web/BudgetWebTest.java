package fr.tierslieux.inclusion.budget.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget as the coordination works it: a convention refused above the subvention cap
 * then recorded, amounts committed and paid, a PDF attached, the table changed; the
 * report read on the page and downloaded as XLSX, CSV and PDF, each opened back with the
 * library that reads it and its totals checked against the records; a direction reads,
 * never writes. Every page checked by axe.
 */
@WebTest
class BudgetWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	PresenceKit presences;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	long vague;

	String base;

	@BeforeEach
	void uneVagueAvecDeuxPersonnes() {
		base = "http://localhost:" + port;
		enCours = parcoursEnCours.parcoursEnCours();
		vague = jdbc.sql("select vague_id from binome where id = ?").param(enCours.binome()).query(Long.class).single();
		for (int i = 0; i < 2; i++) {
			String nom = "Budget" + Unique.numero();
			Long personne = beneficiaires.oriente(enCours, nom, nom.toLowerCase() + "@exemple.invalid",
					OrientationStatut.EN_PARCOURS);
			presences.emarger(enCours.parcours().ateliers().get(0), personne, PresenceStatut.PRESENT);
		}
	}

	@Test
	void the_coordination_records_commits_pays_and_hands_the_report_in_three_formats() throws Exception {
		Connecte coordination = comptes.coordinateur(enCours.region().code());
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.locator("a.nav-link[href='/conventions']").click();
			Navigateur.assertSansViolation(p);
			p.locator("#nouvelle-convention").click();
			Navigateur.assertSansViolation(p);
			String numero = "CONV-" + Unique.numero();
			p.locator("#tiersLieuId").selectOption(String.valueOf(enCours.tiersLieu()));
			p.locator("#signataire").fill("Association La Fabrique");
			p.locator("#numero").fill(numero);
			p.locator("#type").selectOption("SUBVENTION");
			p.locator("#objet").selectOption("NUMERIQUE");
			p.locator("#debut").fill("2026-01-01");
			p.locator("#fin").fill("2026-12-31");
			p.locator("#montant").fill("6000");
			p.locator("#coutAction").fill("10000");
			p.locator("#cofinanceurs0\\.nom").fill("Région");
			p.locator("#cofinanceurs0\\.montant").fill("2000");
			p.locator("#formulaire-convention button[type=submit]").click();
			assertThat(p.locator("#montant-erreur").textContent()).contains("moitié du coût de l'action", "au plus")
				.satisfies(t -> assertThat(espaces(t)).contains("5 000"));
			assertThat(p.locator("#numero").inputValue()).isEqualTo(numero);
			Navigateur.assertSansViolation(p);
			p.locator("#montant").fill("5000");
			p.locator("#formulaire-convention button[type=submit]").click();
			assertThat(p.locator("[role=status]").textContent()).contains("Convention enregistrée.");
			Navigateur.assertSansViolation(p);

			p.locator("#cible").selectOption(enCours.binome() + ":" + enCours.parcours().id());
			p.locator("#montantEngage").fill("4000.50");
			p.locator("#dateEngagement").fill("2026-02-01");
			p.locator("#formulaire-engagement button[type=submit]").click();
			assertThat(p.locator("[role=status]").textContent()).contains("Montant engagé.");
			p.locator("#cible").selectOption(String.valueOf(enCours.binome()));
			p.locator("#montantEngage").fill("999.51");
			p.locator("#dateEngagement").fill("2026-02-01");
			p.locator("#formulaire-engagement button[type=submit]").click();
			assertThat(espaces(p.locator("#montantEngage-erreur").textContent()))
				.isEqualTo("Il reste 999,5 € à engager sur cette convention.");
			p.locator("#montantEngage").fill("999.50");
			p.locator("#formulaire-engagement button[type=submit]").click();
			assertThat(p.locator("[role=status]").textContent()).contains("Montant engagé.");

			p.locator("#engagement").selectOption(new SelectOption().setIndex(1));
			p.locator("#dateVersement").fill("2026-03-01");
			p.locator("#montantVerse").fill("2000.25");
			p.locator("#reference").fill("M-2026-001");
			p.locator("#formulaire-paiement button[type=submit]").click();
			assertThat(p.locator("[role=status]").textContent()).contains("Paiement enregistré.");

			p.locator("#fichier")
				.setInputFiles(
						new FilePayload("notes.txt", "text/plain", "pas un PDF".getBytes(StandardCharsets.UTF_8)));
			p.locator("#formulaire-document button").click();
			assertThat(p.locator("#fichier-erreur").textContent())
				.isEqualTo("Joignez un fichier PDF de 10 Mo au plus.");
			byte[] pdf = unPdf();
			p.locator("#fichier").setInputFiles(new FilePayload("convention signée.pdf", "application/pdf", pdf));
			p.locator("#formulaire-document button").click();
			assertThat(p.locator("#documents a").textContent()).isEqualTo("convention signée.pdf");
			assertThat(p.request().get(base + p.locator("#documents a").getAttribute("href")).body()).isEqualTo(pdf);
			Navigateur.assertSansViolation(p);

			BigDecimal engage = jdbc
				.sql("""
						select sum(e.montant) from engagement e join binome bi on bi.id = e.binome_id where bi.vague_id = ?""")
				.param(vague)
				.query(BigDecimal.class)
				.single();
			assertThat(engage).isEqualTo(new BigDecimal("5000.00"));

			p.locator("a.nav-link[href='/budget']").click();
			assertThat(p.locator("#vagues tbody tr").count()).isEqualTo(1);
			p.locator("#vagues tbody a").click();
			assertThat(espaces(p.locator("#chiffre-engage").textContent())).isEqualTo("5 000 €");
			assertThat(espaces(p.locator("#chiffre-paye").textContent())).isEqualTo("2 000,25 €");
			assertThat(p.locator("#chiffre-personnes").textContent()).isEqualTo("2");
			Navigateur.assertSansViolation(p);

			classeur(p.request().get(base + "/budget/" + vague + "/bilan.xlsx"), engage);
			tableau(p.request().get(base + "/budget/" + vague + "/bilan.csv"), engage);
			String imprime = texte(p.request().get(base + "/budget/" + vague + "/bilan.pdf"));
			assertThat(espaces(imprime)).contains("Filtres appliqués", "Tous les départements", "5 000 €",
					"2 000,25 €");
			String filtre = texte(p.request()
				.get(base + "/budget/" + vague + "/bilan.pdf?departement=" + enCours.region().departement()));
			assertThat(filtre).contains("Département " + enCours.region().departement());

			p.locator("#tarifCourt").fill("cinq mille");
			p.locator("#formulaire-bareme button[type=submit]").click();
			assertThat(p.locator("#tarifCourt-erreur").textContent())
				.isEqualTo("Montant en euros attendu, en chiffres, par exemple 5000 ou 5000.50.");
			Navigateur.assertSansViolation(p);
			p.locator("#tarifCourt").fill("5200");
			p.locator("#motif").fill("Avenant régional");
			p.locator("#formulaire-bareme button[type=submit]").click();
			assertThat(p.locator("[role=status]").textContent()).contains("La version 2 du barème est en vigueur.");
			assertThat(p.locator("#versions tbody tr").count()).isEqualTo(2);
		}
	}

	@Test
	void a_direction_reads_the_budget_of_its_region_and_writes_nothing() {
		Connecte direction = comptes.pilote(enCours.region().code());
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, direction.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.locator("a.nav-link[href='/budget']").click();
			assertThat(p.locator("#vagues tbody a").allTextContents()).containsExactly(
					jdbc.sql("select nom from vague where id = ?").param(vague).query(String.class).single());
			p.locator("#vagues tbody a").click();
			assertThat(p.locator("#chiffres-cles").isVisible()).isTrue();
			assertThat(p.locator("#formulaire-bareme").count()).isZero();
			p.navigate(base + "/conventions");
			assertThat(p.locator("#nouvelle-convention").count()).isZero();
			assertThat(p.navigate(base + "/conventions/nouvelle").status()).isEqualTo(403);
		}
	}

	/** Opens the workbook with POI, recomputes its formulas and checks the totals. */
	private static void classeur(APIResponse reponse, BigDecimal engage) throws IOException {
		assertThat(reponse.status()).isEqualTo(200);
		try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(reponse.body()))) {
			XSSFFormulaEvaluator.evaluateAllFormulaCells(classeur);
			for (String feuille : List.of("Par format de parcours", "Par tiers-lieu", "Par département")) {
				Row total = derniere(classeur.getSheet(feuille));
				assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
				assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(C2:");
				assertThat(BigDecimal.valueOf(total.getCell(2).getNumericCellValue())).isEqualByComparingTo(engage);
				assertThat(BigDecimal.valueOf(total.getCell(3).getNumericCellValue())).isEqualByComparingTo("2000.25");
				assertThat(BigDecimal.valueOf(total.getCell(4).getNumericCellValue())).isEqualByComparingTo("2999.75");
			}
			Row conventions = derniere(classeur.getSheet("Conventions"));
			assertThat(BigDecimal.valueOf(conventions.getCell(6).getNumericCellValue())).isEqualByComparingTo(engage);
			Row financeurs = derniere(classeur.getSheet("Financeur"));
			assertThat(BigDecimal.valueOf(financeurs.getCell(1).getNumericCellValue())).isEqualByComparingTo("7000");
		}
	}

	/** Reads the CSV as a spreadsheet would: BOM, semicolons, decimal commas. */
	private static void tableau(APIResponse reponse, BigDecimal engage) throws IOException {
		byte[] octets = reponse.body();
		assertThat(new byte[] { octets[0], octets[1], octets[2] })
			.isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		String texte = new String(octets, 3, octets.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> lignes = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(texte))
			.getRecords();
		CSVRecord total = lignes.stream().filter(l -> l.get("Rubrique").equals("Total")).findFirst().orElseThrow();
		assertThat(total.get("Engagé")).isEqualTo(engage.toPlainString().replace('.', ','));
		assertThat(total.get("Payé")).isEqualTo("2000,25");
		assertThat(total.get("Personnes accompagnées")).isEqualTo("2");
	}

	private static String texte(APIResponse reponse) throws IOException {
		assertThat(reponse.headers().get("content-type")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(reponse.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static Row derniere(Sheet feuille) {
		return feuille.getRow(feuille.getLastRowNum());
	}

	private static byte[] unPdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream octets = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(octets);
			return octets.toByteArray();
		}
	}

	/** French numbers use thin and non-breaking spaces. */
	private static String espaces(String texte) {
		return texte.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

}
