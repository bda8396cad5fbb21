package fr.tierslieux.inclusion.beneficiaire.web;

import java.nio.charset.StandardCharsets;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The closed loop on the person's page: the tiers-lieu writes in the carnet, hands over a
 * personal link, the person writes from a phone without an account, and the counsellor
 * reads both on the person's page.
 */
@WebTest
class CarnetWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	ParcoursEnCours enCours;

	Connecte facilitation;

	Long personne;

	String fiche;

	@BeforeEach
	void unePersonneEnParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		facilitation = enCours.facilitateur();
		personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(), facilitation.perimetre(),
				"Carnet" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		fiche = "/beneficiaires/" + personne;
	}

	@Test
	void the_person_writes_from_a_phone_through_their_link_and_the_counsellor_reads_it() throws Exception {
		Document sansSeance = html(mvc
			.perform(post(fiche + "/carnet").with(csrf()).with(ComptesDemo.connecte(facilitation)).param("acquis", "x"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(sansSeance.select("#carnet-erreur").text()).startsWith("Choisissez la séance après laquelle");
		Document vide = html(mvc
			.perform(post(fiche + "/carnet").with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("atelier", enCours.parcours().ateliers().get(0).toString()))
			.andExpect(status().isUnprocessableContent()));
		assertThat(vide.select("#carnet-erreur").text())
			.isEqualTo("Écrivez au moins l'un des trois : acquis, blocages ou souhaits.");
		mvc.perform(post(fiche + "/carnet").with(csrf())
			.with(ComptesDemo.connecte(facilitation))
			.param("atelier", enCours.parcours().ateliers().get(0).toString())
			.param("acquis", "Joindre un fichier")).andExpect(status().is3xxRedirection());

		String lien = mvc.perform(post(fiche + "/carnet/lien").with(csrf()).with(ComptesDemo.connecte(facilitation)))
			.andReturn()
			.getFlashMap()
			.get("lienCarnet")
			.toString();
		String chemin = lien.substring(lien.indexOf("/carnet/"));
		mvc.perform(get("/carnet/pas-le-bon-jeton")).andExpect(status().isNotFound());
		// the person's own agenda, from the same link, without an account
		assertThat(mvc.perform(get(chemin + "/seances.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR")
			.contains("SUMMARY:" + enCours.parcours().intitule() + " — séance 1 — " + enCours.parcours().intitule());
		mvc.perform(get("/carnet/pas-le-bon-jeton/seances.ics")).andExpect(status().isNotFound());

		String base = "http://localhost:" + port;
		try (BrowserContext telephone = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page page = telephone.newPage();
			page.navigate(base + chemin);
			assertThat(page.locator("h1").textContent()).isEqualTo("Bonjour Alex");
			assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(page);
			page.getByLabel("Ce que je voudrais faire ensuite").fill("Refaire mon CV");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
			page.locator("#merci").waitFor();
			Navigateur.assertSansViolation(page);
		}

		Document lu = html(mvc.perform(get(fiche).with(ComptesDemo.connecte(enCours.conseiller()))));
		assertThat(lu.select("#entrees-carnet li")).hasSize(2);
		assertThat(lu.select("#entrees-carnet li").get(0).text()).contains("Écrit par la personne elle-même")
			.contains("Refaire mon CV");
		assertThat(lu.select("#entrees-carnet li").get(1).text()).contains("après la séance")
			.contains("Joindre un fichier");
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
