package fr.tierslieux.inclusion.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.DeuxRegions.Scenario;
import fr.tierslieux.inclusion.kit.DeuxRegions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser logs in with each demo account, lands on the role's home and finds no
 * axe-core violation (WCAG 2.1 A and AA). The system's Chromium or Chrome where there is
 * one; elsewhere Playwright's own browser, which it downloads on first use.
 */
@WebTest
class NavigateurAccessibiliteTest {

	static Navigateur navigateur;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	DeuxRegions deuxRegions;

	@Autowired
	JdbcClient sql;

	@BeforeAll
	static void lancerLeNavigateur() {
		navigateur = Navigateur.lancer();
		browser = navigateur.browser();
	}

	@AfterAll
	static void fermer() {
		if (navigateur != null) {
			navigateur.close();
		}
	}

	@Test
	void the_login_page_has_no_accessibility_violation() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.title()).startsWith("Connexion");
			assertSansViolation(page);
		}
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "admin@demo.fr, /tableau-de-bord, Tableau de bord",
			"coordination@demo.fr, /tableau-de-bord, Tableau de bord",
			"pilote@demo.fr, /tableau-de-bord, Tableau de bord", "conseiller@demo.fr, /beneficiaires, Bénéficiaires",
			"facilitateur@demo.fr, /ateliers, Ateliers" })
	void each_role_logs_in_and_its_home_has_no_accessibility_violation(String identifiant, String accueil,
			String titre) {
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, identifiant, accueil);

			assertThat(page.locator("h1").textContent()).isEqualTo(titre);
			assertSansViolation(page);
		}
	}

	@Test
	void a_page_outside_the_role_shows_the_french_error_page_without_violation() {
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, ComptesDemo.PILOTE, "/tableau-de-bord");
			page.navigate(url("/beneficiaires"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Accès refusé");
			assertSansViolation(page);

			page.navigate(url("/nulle-part"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Page introuvable");
			assertSansViolation(page);
		}
	}

	@Test
	void at_360_pixels_wide_no_page_scrolls_sideways() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			for (String[] compte : new String[][] { { ComptesDemo.COORDINATION, "/tableau-de-bord" },
					{ ComptesDemo.CONSEILLER, "/beneficiaires" }, { ComptesDemo.FACILITATEUR, "/ateliers" } }) {
				Page page = seConnecter(context, compte[0], compte[1]);
				assertThat(page.evaluate("document.documentElement.scrollWidth")).as(compte[1]).isEqualTo(360);
				context.clearCookies();
			}
		}
	}

	@Test
	void the_beneficiaires_list_follows_the_search_as_one_types_without_a_name_in_the_address() {
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, ComptesDemo.ADMIN, "/tableau-de-bord");
			page.navigate(url("/beneficiaires"));
			assertThat(page.getByRole(AriaRole.STATUS).textContent()).isNotEqualTo("0 résultat(s)");

			page.getByLabel("Rechercher par nom ou prénom").pressSequentially("zzz");

			page.getByText("Aucun bénéficiaire ne correspond.").waitFor();
			assertThat(page.getByRole(AriaRole.STATUS).textContent()).isEqualTo("0 résultat(s)");
			assertThat(page.url()).isEqualTo(url("/beneficiaires"));
			assertThat(page.title()).doesNotContain("zzz");
		}
	}

	/** The first form of the platform: usable, and its errors tied to their fields. */
	@Test
	void a_persons_page_and_its_status_form_have_no_accessibility_violation() {
		Scenario s = deuxRegions.creer();
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, s.facilitateurT1().identifiant(), CompteKit.MOT_DE_PASSE, "/ateliers");
			page.navigate(url("/beneficiaires/" + s.partagee()));
			assertSansViolation(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
			page.getByText("Choisissez le nouveau statut.").waitFor();
			assertSansViolation(page);

			page.getByLabel("Nouveau statut").selectOption("ACCEPTEE");
			page.getByLabel("Motif (facultatif)").fill("Bienvenue");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
			page.waitForURL(url("/beneficiaires/" + s.partagee()));
			assertThat(page.locator("#orientations .badge").textContent()).isEqualTo("Acceptée");
		}
	}

	/** The vagues and the form that opens one, with its errors. */
	@Test
	void the_vagues_and_their_form_have_no_accessibility_violation() {
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, ComptesDemo.COORDINATION, "/tableau-de-bord");
			page.navigate(url("/vagues"));
			assertSansViolation(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir une vague")).click();
			page.getByText("Donnez un nom à la vague.").waitFor();
			assertSansViolation(page);
		}
	}

	/**
	 * The directory by name and by distance, and a facilitator's profile form with its
	 * errors.
	 */
	@Test
	void the_directory_and_a_profile_form_have_no_accessibility_violation() {
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, ComptesDemo.FACILITATEUR, "/ateliers");
			page.navigate(url("/annuaire?departement=92"));
			assertSansViolation(page);
			page.getByLabel("Les plus proches de").fill("Nanterre");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
			page.getByText("les plus proches de").first().waitFor();
			assertSansViolation(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Electrolab")).click();
			page.getByLabel("Capacité d'accueil (personnes)").fill("-5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le profil")).click();
			page.getByText("La capacité ne peut pas être négative.").waitFor();
			assertSansViolation(page);
		}
	}

	/**
	 * Upload, preview, column mapping, run with its progress, report: each step without
	 * violation.
	 */
	@Test
	void an_import_of_a_list_of_places_goes_from_preview_to_report_without_violation() {
		String nom = "Tiers-lieu du test navigateur " + System.nanoTime();
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, ComptesDemo.ADMIN, "/tableau-de-bord");
			page.navigate(url("/imports"));
			assertSansViolation(page);

			page.getByLabel("Type de fichier").selectOption("LIEUX_CSV");
			page.getByLabel("Fichier (CSV ou JSON, 20 Mo au plus)")
				.setInputFiles(new FilePayload("lieux.csv", "text/csv",
						("Lieu;Ville;CP\n" + nom + ";Ajaccio;20000\n").getBytes(StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir l'aperçu")).click();
			page.getByText("Aperçu : rien n'a encore été écrit").waitFor();
			assertSansViolation(page);

			page.getByLabel("Nom du lieu").selectOption("Lieu");
			page.getByLabel("Commune", new Page.GetByLabelOptions().setExact(true)).selectOption("Ville");
			page.getByLabel("Code postal").selectOption("CP");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Relire le fichier")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer l'import")).click();
			page.getByText("Import terminé en").waitFor();
			assertThat(page.locator("#bilan").textContent()).contains("Nouvelles");
			assertSansViolation(page);
		}
		finally {
			sql.sql("delete from tiers_lieu where nom = :nom").param("nom", nom).update();
		}
	}

	private Page seConnecter(BrowserContext context, String identifiant, String accueil) {
		return seConnecter(context, identifiant, ComptesDemo.MOT_DE_PASSE, accueil);
	}

	private Page seConnecter(BrowserContext context, String identifiant, String motDePasse, String accueil) {
		return Navigateur.seConnecter(context, url(""), identifiant, motDePasse, accueil);
	}

	@Test
	void the_skip_link_is_the_first_stop_of_the_keyboard_and_leads_to_the_content() {
		try (BrowserContext context = browser.newContext()) {
			Page page = seConnecter(context, ComptesDemo.CONSEILLER, "/beneficiaires");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Aller au contenu");
			page.keyboard().press("Enter");
			assertThat(page.evaluate("document.activeElement.id")).isEqualTo("contenu");
		}
	}

	private String url(String chemin) {
		return "http://localhost:" + port + chemin;
	}

	private static void assertSansViolation(Page page) {
		Navigateur.assertSansViolation(page);
	}

}
