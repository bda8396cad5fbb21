package fr.tierslieux.inclusion.navette.web;

import java.nio.charset.StandardCharsets;

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

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
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
 * The fiche navette's pages: an empty message refused beside the field, the unread count
 * on the binôme's page, the thread in a real browser without accessibility violation.
 */
@WebTest
class NavetteWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	ParcoursEnCours enCours;

	Connecte conseiller;

	Connecte facilitation;

	String fil;

	@BeforeEach
	void unBinome() {
		enCours = parcoursEnCours.parcoursEnCours();
		conseiller = enCours.conseiller();
		facilitation = enCours.facilitateur();
		fil = "/binomes/" + enCours.binome() + "/navette";
	}

	@Test
	void a_message_is_counted_as_new_for_the_other_side_until_read_and_an_empty_one_is_refused() throws Exception {
		Document vide = html(
				mvc.perform(post(fil).with(csrf()).with(ComptesDemo.connecte(conseiller)).param("texte", "  "))
					.andExpect(status().isUnprocessableContent()));
		assertThat(vide.select("#texte-erreur").text()).isEqualTo("Écrivez un message avant de l'envoyer.");

		mvc.perform(post(fil).with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("texte", "Trois personnes en mars.")).andExpect(status().is3xxRedirection());
		assertThat(
				html(mvc.perform(get(fil + "/lien").with(ComptesDemo.connecte(facilitation)))).select("#lien-navette")
					.text())
			.isEqualTo("Fiche navette (1 nouveau(x))");
		assertThat(html(mvc.perform(get(fil).with(ComptesDemo.connecte(facilitation)))).select("#messages li .badge")
			.eachText()).containsExactly("Nouveau");
		assertThat(
				html(mvc.perform(get(fil + "/lien").with(ComptesDemo.connecte(facilitation)))).select("#lien-navette")
					.text())
			.isEqualTo("Fiche navette");
		assertThat(html(mvc.perform(get("/binomes/" + enCours.binome()).with(ComptesDemo.connecte(facilitation))))
			.select("#lien-navette")
			.attr("hx-get")).isEqualTo(fil + "/lien");
	}

	@Test
	void the_thread_has_no_accessibility_violation() {
		String base = "http://localhost:" + port;
		try (BrowserContext context = navigateur.browser().newContext()) {
			Page page = Navigateur.seConnecter(context, base, facilitation.identifiant(), CompteKit.MOT_DE_PASSE,
					"/ateliers");
			page.navigate(base + fil);
			Navigateur.assertSansViolation(page);
			page.getByLabel("Votre message").fill("Bonjour, la salle est prête.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le message")).click();
			page.locator("#messages li").waitFor();
			assertThat(page.locator("#messages li").textContent()).contains("Bonjour, la salle est prête.");
			Navigateur.assertSansViolation(page);
		}
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
