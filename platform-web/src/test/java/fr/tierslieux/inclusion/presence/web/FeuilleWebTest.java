package fr.tierslieux.inclusion.presence.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.FeuilleDEmargement;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in sheet: sent from two devices at once, forged, read by a counsellor, and in
 * a real browser 320 pixels wide, by keyboard, with the network cut while it is sent.
 */
@WebTest
class FeuilleWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	FeuilleDEmargement feuilles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	Connecte conseiller;

	Connecte facilitation;

	Long seance;

	Long ines;

	Long zoe;

	@BeforeEach
	void uneSeanceAvecDeuxInscrites() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		conseiller = enCours.conseiller();
		facilitation = enCours.facilitateur();
		seance = enCours.parcours().ateliers().get(0);
		ines = beneficiaires.oriente(enCours.agence(), conseiller, facilitation.perimetre(), "Abadie" + Unique.numero(),
				null, enCours.parcours().id(), OrientationStatut.ACCEPTEE);
		zoe = beneficiaires.oriente(enCours.agence(), conseiller, facilitation.perimetre(), "Zola" + Unique.numero(),
				null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
	}

	@Test
	void two_devices_sending_at_once_record_each_person_once() throws Exception {
		CountDownLatch depart = new CountDownLatch(1);
		ExecutorService appareils = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> envois = List.of(appareils.submit(() -> {
				depart.await();
				feuilles.enregistrer(facilitation.perimetre(), seance,
						Map.of(ines, PresenceStatut.PRESENT, zoe, PresenceStatut.ABSENT));
				return null;
			}), appareils.submit(() -> {
				depart.await();
				feuilles.enregistrer(facilitation.perimetre(), seance,
						Map.of(ines, PresenceStatut.PRESENT, zoe, PresenceStatut.ABSENT));
				return null;
			}));
			depart.countDown();
			for (Future<?> envoi : envois) {
				envoi.get();
			}
		}
		finally {
			appareils.shutdown();
		}
		assertThat(jdbc.sql("select beneficiaire_id || ':' || statut from presence where atelier_id = ? order by 1")
			.param(seance)
			.query(String.class)
			.list()).containsExactlyInAnyOrder(ines + ":PRESENT", zoe + ":ABSENT");
	}

	@Test
	void a_forged_sheet_is_refused_and_a_counsellor_does_not_fill_it() throws Exception {
		String feuille = "/seances/" + seance + "/emargement";
		Document refus = html(mvc
			.perform(post(feuille).with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("statut-" + ines, "PRESENT")
				.param("statut-999999999", "PRESENT"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(refus.select("#hors-feuille").text()).startsWith("Une personne envoyée ne figure pas");
		mvc.perform(
				post(feuille).with(csrf()).with(ComptesDemo.connecte(facilitation)).param("statut-" + ines, "PARTI"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post(feuille).with(csrf()).with(ComptesDemo.connecte(facilitation)).param("statut-abc", "PRESENT"))
			.andExpect(status().isUnprocessableContent());
		assertThat(
				jdbc.sql("select count(*) from presence where atelier_id = ?").param(seance).query(Long.class).single())
			.isZero();

		mvc.perform(get(feuille).with(ComptesDemo.connecte(conseiller))).andExpect(status().isForbidden());
		mvc.perform(
				post(feuille).with(csrf()).with(ComptesDemo.connecte(facilitation)).param("statut-" + ines, "EXCUSE"))
			.andExpect(redirectedUrl(feuille + "?enregistree"));

		// printed for funders: every person of the sheet, with what was recorded
		byte[] pdf = mvc.perform(get(feuille + ".pdf").with(ComptesDemo.connecte(facilitation)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PdfReader lecteur = new PdfReader(pdf)) {
			String texte = new PdfTextExtractor(lecteur).getTextFromPage(1);
			assertThat(texte).contains("Feuille d'émargement").contains("Signature").contains("Excusé");
			assertThat(jdbc.sql("select nom from beneficiaire where id in (?, ?)")
				.params(ines, zoe)
				.query(String.class)
				.list()).allSatisfy(nom -> assertThat(texte).contains(nom));
		}
		mvc.perform(get(feuille + ".pdf").with(ComptesDemo.connecte(conseiller))).andExpect(status().isForbidden());
	}

	@Test
	void at_320_pixels_the_sheet_fits_works_by_keyboard_and_survives_a_network_cut() {
		String feuille = "http://localhost:" + port + "/seances/" + seance + "/emargement";
		try (BrowserContext context = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page page = Navigateur.seConnecter(context, "http://localhost:" + port, facilitation.identifiant(),
					CompteKit.MOT_DE_PASSE, "/ateliers");
			page.navigate(feuille);
			assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(page);

			// keyboard only: into the first person's group, arrow to "Absent", then to
			// the button
			page.locator("#s-" + ines + "-PRESENT").focus();
			page.keyboard().press("ArrowRight");
			assertThat(page.locator("#s-" + ines + "-ABSENT").isChecked()).isTrue();
			page.locator("#s-" + zoe + "-PRESENT").focus();
			page.keyboard().press("Space");
			page.locator("#feuille button[type=submit]").focus();
			page.keyboard().press("Enter");
			page.locator("#feuille-enregistree").waitFor();
			assertThat(page.locator("#feuille-enregistree").textContent())
				.isEqualTo("Feuille enregistrée : 2 personne(s) marquée(s) sur 2.");
			Navigateur.assertSansViolation(page);

			// the network drops while the sheet is sent: kept, said, and sent when it is
			// back
			context.setOffline(true);
			page.locator("label[for=s-" + ines + "-EN_RETARD]").click();
			page.locator("#feuille button[type=submit]").click();
			page.locator("#hors-ligne").waitFor();
			assertThat(statut(ines)).isEqualTo("ABSENT");
			context.setOffline(false);
			// sent again by the page itself, which then reloads the sheet as recorded
			page.locator("#hors-ligne").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
			assertThat(page.url()).isEqualTo(feuille + "?enregistree");
			assertThat(page.locator("#s-" + ines + "-EN_RETARD").isChecked()).isTrue();
			assertThat(statut(ines)).isEqualTo("EN_RETARD");
			assertThat(statut(zoe)).isEqualTo("PRESENT");
		}
	}

	String statut(Long personne) {
		return jdbc.sql("select statut from presence where atelier_id = ? and beneficiaire_id = ?")
			.params(seance, personne)
			.query(String.class)
			.single();
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
