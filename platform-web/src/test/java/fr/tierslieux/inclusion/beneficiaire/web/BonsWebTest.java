package fr.tierslieux.inclusion.beneficiaire.web;

import java.nio.charset.StandardCharsets;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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

import fr.tierslieux.inclusion.administration.NoticesDInformation;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
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
 * A voucher from the counsellor's form to the tiers-lieu's registration: the printed
 * voucher carries the code and no personal data, a wrong code says so beside the field,
 * and the facilitator's pages pass axe-core in a real browser.
 */
@WebTest
class BonsWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	/** The notice in force: an admin test may have published a new one. */
	@Autowired
	NoticesDInformation notices;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	ParcoursEnCours enCours;

	Connecte conseiller;

	Connecte facilitation;

	@BeforeEach
	void unParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		conseiller = enCours.conseiller();
		facilitation = enCours.facilitateur();
	}

	@Test
	void a_voucher_is_printed_without_personal_data_and_registers_the_person_once() throws Exception {
		String page = mvc
			.perform(post("/orientations/parcours/" + enCours.parcours().id() + "/bons").with(csrf())
				.with(ComptesDemo.connecte(conseiller)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = html(mvc.perform(get(page).with(ComptesDemo.connecte(conseiller)))).select("#code-du-bon").text();
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

		byte[] pdf = mvc.perform(get(page + ".pdf").with(ComptesDemo.connecte(conseiller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PdfReader lecteur = new PdfReader(pdf)) {
			assertThat(new PdfTextExtractor(lecteur).getTextFromPage(1)).contains(code)
				.contains(enCours.parcours().intitule());
		}

		Document inconnu = html(
				mvc.perform(get("/bons/accueil").param("code", "ZZZZ-ZZZZ").with(ComptesDemo.connecte(facilitation)))
					.andExpect(status().isNotFound()));
		assertThat(inconnu.select("#code-erreur").text()).startsWith("Ce code ne correspond à aucun bon valable");

		Document erreurs = html(mvc
			.perform(post("/bons/accueil").with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("code", code)
				.param("prenom", "Lina")
				.param("versionNotice", notices.enVigueur().version()))
			.andExpect(status().isUnprocessableContent()));
		assertThat(erreurs.select("#nom-erreur").text()).isEqualTo("Indiquez le nom.");

		String nom = "Venue" + Unique.numero();
		String fiche = mvc
			.perform(post("/bons/accueil").with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("code", code.toLowerCase())
				.param("nom", nom)
				.param("prenom", "Lina")
				.param("telephone", "06 11 22 33 44")
				.param("profil", "EXCLU")
				.param("consentement", "true")
				.param("dateConsentement", "2026-01-05")
				.param("versionNotice", notices.enVigueur().version()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(html(mvc.perform(get(fiche).with(ComptesDemo.connecte(conseiller)))).select("h1").text())
			.isEqualTo("Lina " + nom);
		mvc.perform(get("/bons/accueil").param("code", code).with(ComptesDemo.connecte(facilitation)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/bons").with(ComptesDemo.connecte(conseiller))).andExpect(status().isForbidden());
	}

	@Test
	void the_facilitators_pages_have_no_accessibility_violation() throws Exception {
		String page = mvc
			.perform(post("/orientations/parcours/" + enCours.parcours().id() + "/bons").with(csrf())
				.with(ComptesDemo.connecte(conseiller)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = html(mvc.perform(get(page).with(ComptesDemo.connecte(conseiller)))).select("#code-du-bon").text();
		String base = "http://localhost:" + port;
		try (BrowserContext context = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(context, base, facilitation.identifiant(), CompteKit.MOT_DE_PASSE,
					"/ateliers");
			p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bons d'orientation")).click();
			Navigateur.assertSansViolation(p);
			p.getByLabel("Code du bon").fill("pas-un-code");
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
			p.locator("#code-erreur").waitFor();
			Navigateur.assertSansViolation(p);
			p.getByLabel("Code du bon").fill(code);
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();
			p.locator("#form-accueil").waitFor();
			Navigateur.assertSansViolation(p);
		}
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
