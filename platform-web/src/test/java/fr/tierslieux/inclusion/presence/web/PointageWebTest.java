package fr.tierslieux.inclusion.presence.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.atelier.NouvelleSeance;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord.LienPersonnel;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.ParcoursService;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.territoire.Fuseau;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Self check-in as people live it: the tiers-lieu's screen shows a QR code that really
 * reads as the check-in address; a phone that once opened the carnet link checks in with
 * one tap, another types the personal code; both at 320 pixels, checked by axe; the sheet
 * then shows who checked in themselves.
 */
@WebTest
class PointageWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	ParcoursService parcoursService;

	@Autowired
	PlanningDesSeances planning;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Connecte facilitation;

	Long seance;

	@BeforeEach
	void uneSeanceAujourdhui() {
		enCours = parcoursEnCours.parcoursEnCours();
		facilitation = enCours.facilitateur();
		LocalDate aujourdhui = LocalDate.now(Fuseau.METROPOLE);
		Long parcours = parcoursService.creer(enCours.binome(), "Pointage " + Unique.numero(),
				TypologieParcours.APPRENTISSAGE_PAR_LE_FAIRE, FormatParcours.COURT, new BigDecimal("5000"), "Tous",
				aujourdhui.minusDays(7), aujourdhui.plusDays(30), 10);
		seance = planning.planifier(facilitation.perimetre(), parcours, new NouvelleSeance("Imprimer en 3D", aujourdhui,
				LocalTime.of(6, 0), 600, "Atelier", TypeAtelier.PRATIQUE_FABLAB, null, false));
	}

	@Test
	void two_phones_check_in_one_by_its_remembered_link_the_other_by_typing_the_code() throws Exception {
		Long parcours = jdbc.sql("select parcours_id from atelier where id = ?")
			.param(seance)
			.query(Long.class)
			.single();
		Long lina = personne(parcours);
		Long sam = personne(parcours);
		LienPersonnel lienDeLina = carnets.nouveauLien(enCours.conseiller().perimetre(), lina);
		LienPersonnel lienDeSam = carnets.nouveauLien(enCours.conseiller().perimetre(), sam);

		mvc.perform(get("/seances/" + seance + "/pointage").with(ComptesDemo.connecte(enCours.conseiller())))
			.andExpect(status().isForbidden());
		Document ecran = html(
				mvc.perform(get("/seances/" + seance + "/pointage").with(ComptesDemo.connecte(facilitation)))
					.andExpect(status().isOk()));
		assertThat(ecran.select("#pointees").text()).isEqualTo("Personne n'a encore pointé.");
		String adresse = lire(ecran.select("#qr img").attr("src"));
		String chemin = adresse.substring(adresse.indexOf("/pointage/"));
		assertThat(chemin).matches("/pointage/" + seance + "\\.\\d+\\.[A-Za-z0-9_-]{16}");
		mvc.perform(get("/pointage/" + seance + ".1.AAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());

		String base = "http://localhost:" + port;
		try (BrowserContext telephone = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page page = telephone.newPage();
			page.navigate(base + "/carnet/" + lienDeLina.jeton());
			page.navigate(base + chemin);
			assertThat(page.locator("#seance").textContent()).startsWith("Imprimer en 3D, ");
			assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je suis là (Alex)")).click();
			assertThat(page.locator("#pointage-note").textContent()).startsWith("Merci Alex, vous êtes noté·e");
			Navigateur.assertSansViolation(page);
		}
		try (BrowserContext telephone = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page page = telephone.newPage();
			page.navigate(base + chemin);
			page.getByLabel("Votre code personnel").fill("ZZZZ-ZZZZ");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je suis là")).click();
			assertThat(page.locator("#code-erreur").textContent()).startsWith("Ce code n'est pas reconnu.");
			Navigateur.assertSansViolation(page);
			page.getByLabel("Votre code personnel").fill(lienDeSam.code().toLowerCase());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je suis là")).click();
			assertThat(page.locator("#pointage-note").textContent()).startsWith("Merci Alex, vous êtes noté·e");
			// the phone now remembers Sam: the next session is a single tap
			page.navigate(base + chemin);
			assertThat(
					page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je suis là (Alex)")).count())
				.isEqualTo(1);
		}

		try (BrowserContext ecranDuTiersLieu = navigateur.browser().newContext()) {
			Page page = Navigateur.seConnecter(ecranDuTiersLieu, base, facilitation.identifiant(),
					CompteKit.MOT_DE_PASSE, "/ateliers");
			page.navigate(base + "/seances/" + seance + "/emargement");
			page.locator("#lien-pointage").click();
			assertThat(page.locator("#qr img").getAttribute("src")).startsWith("data:image/png;base64,");
			Navigateur.assertSansViolation(page);
		}

		Document feuille = html(
				mvc.perform(get("/seances/" + seance + "/emargement").with(ComptesDemo.connecte(facilitation))));
		assertThat(feuille.select("legend:has(.badge)")).hasSize(2);
		assertThat(jdbc.sql("select beneficiaire_id from presence where atelier_id = ? order by beneficiaire_id")
			.param(seance)
			.query(Long.class)
			.list()).containsExactly(lina, sam);
		assertThat(
				html(mvc.perform(get("/seances/" + seance + "/pointage/qr").with(ComptesDemo.connecte(facilitation))))
					.select("#pointees")
					.text())
			.isEqualTo("2 personnes ont pointé avec leur téléphone.");
	}

	@Test
	void the_carnet_opens_with_the_personal_code_and_says_clearly_when_it_is_wrong() throws Exception {
		Long parcours = jdbc.sql("select parcours_id from atelier where id = ?")
			.param(seance)
			.query(Long.class)
			.single();
		LienPersonnel lien = carnets.nouveauLien(enCours.conseiller().perimetre(), personne(parcours));

		mvc.perform(get("/carnet")).andExpect(status().isOk());
		mvc.perform(get("/carnet").param("code", lien.code().toLowerCase()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/carnet/" + lien.code().replace("-", "")));
		Document faux = html(
				mvc.perform(get("/carnet").param("code", "ABCD-EFGH")).andExpect(status().isUnprocessableContent()));
		assertThat(faux.select("#code-erreur").text()).startsWith("Ce code n'est pas reconnu.");
		assertThat(faux.select("#code").attr("aria-describedby")).isEqualTo("code-erreur");
	}

	private Long personne(Long parcours) {
		return beneficiaires.oriente(enCours.agence(), enCours.conseiller(), facilitation.perimetre(),
				"Pointe" + Unique.numero(), null, parcours, OrientationStatut.EN_PARCOURS);
	}

	/** What a phone's camera reads in the image. */
	private static String lire(String donnees) throws Exception {
		byte[] png = Base64.getDecoder().decode(donnees.substring(donnees.indexOf(',') + 1));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
			.getText();
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
