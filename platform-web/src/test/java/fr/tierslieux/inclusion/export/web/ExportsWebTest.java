package fr.tierslieux.inclusion.export.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports page in a browser (the tests' threshold is two rows): a small export comes
 * back at once, a larger one is followed until its file can be downloaded by its author;
 * the files opened back with Commons CSV and Apache POI; names only for a role entitled
 * to them; checked by axe.
 */
@WebTest
class ExportsWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	String nom;

	String base;

	@BeforeEach
	void troisOrientations() {
		base = "http://localhost:" + port;
		enCours = parcoursEnCours.parcoursEnCours();
		nom = "Export" + Unique.numero();
		for (OrientationStatut statut : List.of(OrientationStatut.EN_PARCOURS, OrientationStatut.EN_PARCOURS,
				OrientationStatut.REFUSEE)) {
			beneficiaires.oriente(enCours, nom, null, statut);
		}
	}

	@Test
	void a_small_export_comes_back_at_once_pseudonymised() throws IOException {
		Connecte coordination = comptes.coordinateur(enCours.region().code());
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.navigate(base + "/exports");
			Navigateur.assertSansViolation(p);
			assertThat(p.locator("#nominatif1").count()).isOne();
			p.locator("#activite").selectOption("PARCOURS");
			Download fichier = p.waitForDownload(() -> p.locator("#formulaire-export button[type=submit]").click());
			assertThat(fichier.suggestedFilename()).isEqualTo("parcours.csv");
			List<CSVRecord> lignes = csv(Files.readAllBytes(fichier.path()));
			assertThat(lignes).extracting(r -> Long.valueOf(r.get("Parcours")))
				.containsExactly(enCours.parcours().id());
			assertThat(lignes.get(0).get("Orientations")).isEqualTo("3");

			p.navigate(base + "/exports");
			p.locator("#departement").fill("8");
			p.locator("#formulaire-export button[type=submit]").click();
			assertThat(p.locator("#departement-erreur").textContent())
				.isEqualTo("Code de département attendu : 2 ou 3 caractères (84, 2A, 974).");
			Navigateur.assertSansViolation(p);
		}
	}

	@Test
	void a_large_export_is_followed_then_downloaded_by_its_author_alone() throws IOException {
		Connecte conseiller = enCours.conseiller();
		Long id;
		try (BrowserContext agence = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(agence, base, conseiller.identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			p.navigate(base + "/exports");
			p.locator("#activite").selectOption("ORIENTATIONS");
			p.locator("#format").selectOption("XLSX");
			p.locator("#nominatif1").check();
			p.locator("#formulaire-export button[type=submit]").click();
			assertThat(p.locator("[role=status]").textContent()).contains("en préparation");
			// htmx fetches the list again until the file is ready
			p.locator("#suivi a[href$='/fichier']").first().waitFor();
			Navigateur.assertSansViolation(p);
			String lien = p.locator("#suivi a[href$='/fichier']").first().getAttribute("href");
			id = Long.valueOf(lien.replaceAll("\\D", ""));
			Download fichier = p.waitForDownload(() -> p.locator("#suivi a[href$='/fichier']").first().click());
			assertThat(fichier.suggestedFilename()).isEqualTo("orientations-nominatif.xlsx");
			List<String> noms = new ArrayList<>();
			try (InputStream entree = Files.newInputStream(fichier.path());
					XSSFWorkbook classeur = new XSSFWorkbook(entree)) {
				Sheet feuille = classeur.getSheetAt(0);
				assertThat(feuille.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nom");
				for (Row ligne : feuille) {
					if (ligne.getRowNum() > 0) {
						noms.add(ligne.getCell(1).getStringCellValue());
					}
				}
			}
			assertThat(noms).containsExactly(nom, nom, nom);
		}
		assertThat(
				jdbc.sql("select action from journal_audit where objet_type = 'EXPORT_ORIENTATIONS' and objet_id = ?")
					.param(id)
					.query(String.class)
					.list())
			.containsExactlyInAnyOrder("EXPORT_NOMINATIF", "TELECHARGEMENT_EXPORT");

		Connecte collegue = comptes.conseiller(enCours.agence());
		try (BrowserContext autre = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(autre, base, collegue.identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			assertThat(p.request().get(base + "/exports/" + id + "/fichier").status()).isEqualTo(404);
		}
	}

	@Test
	void a_direction_exports_parcours_and_ateliers_but_no_row_about_people() {
		Connecte pilote = comptes.pilote(enCours.region().code());
		try (BrowserContext direction = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(direction, base, pilote.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.navigate(base + "/exports");
			assertThat(p.locator("#nominatif1").count()).isZero();
			assertThat(p.locator("#activite option").allInnerTexts()).containsExactly("Parcours", "Ateliers");
			Navigateur.assertSansViolation(p);
			String jeton = p.locator("input[name=_csrf]").first().getAttribute("value");
			var reponse = p.request()
				.post(base + "/exports",
						RequestOptions.create()
							.setForm(com.microsoft.playwright.options.FormData.create()
								.set("_csrf", jeton)
								.set("activite", "ORIENTATIONS")
								.set("format", "CSV")));
			assertThat(reponse.status()).isEqualTo(422);
			assertThat(reponse.text()).contains("Les directions exportent les parcours et les ateliers");
		}
	}

	private static List<CSVRecord> csv(byte[] octets) throws IOException {
		assertThat(octets[0]).isEqualTo((byte) 0xEF);
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(octets, 3, octets.length - 3, StandardCharsets.UTF_8)))
			.getRecords();
	}

}
