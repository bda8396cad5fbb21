package fr.tierslieux.inclusion.restitution.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
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
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A vague's restitution as its readers live it: a person testifies from their phone and
 * agrees to publication, the coordination keeps the testimony and writes the workshop's
 * notes, the direction reads; page and PDF name nobody; each page checked by axe.
 */
@WebTest
class RestitutionWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	PresenceKit presences;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long vague;

	List<Long> personnes = new ArrayList<>();

	List<String> noms = new ArrayList<>();

	@BeforeEach
	void uneVagueDeCinqPersonnes() {
		enCours = parcoursEnCours.parcoursEnCours();
		vague = jdbc.sql("select vague_id from binome where id = ?").param(enCours.binome()).query(Long.class).single();
		for (int i = 0; i < 5; i++) {
			String nom = "Restituee" + Unique.numero();
			noms.add(nom);
			Long p = beneficiaires.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
					nom, nom.toLowerCase() + "@exemple.invalid", enCours.parcours().id(),
					OrientationStatut.EN_PARCOURS);
			personnes.add(p);
			presences.emarger(enCours.parcours().ateliers().get(0), p, PresenceStatut.PRESENT);
		}
	}

	@Test
	void a_testimony_given_with_consent_kept_by_the_coordination_in_a_restitution_that_names_nobody() throws Exception {
		String base = "http://localhost:" + port;
		String jeton = carnets.nouveauLien(enCours.conseiller().perimetre(), personnes.get(0)).jeton();
		try (BrowserContext telephone = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page p = telephone.newPage();
			p.navigate(base + "/carnet/" + jeton);
			p.locator("#lien-temoignage").click();
			Navigateur.assertSansViolation(p);
			p.locator("#form-temoignage button").click();
			assertThat(p.locator("#texte-erreur").textContent())
				.isEqualTo("Écrivez votre témoignage avant de l'envoyer.");
			p.locator("#texte").fill("Le fablab m'a redonné confiance pour chercher du travail.");
			p.locator("label[for='consentement']").click();
			p.locator("#form-temoignage button").click();
			p.locator("#merci").waitFor();
			assertThat(p.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(p);
		}

		Connecte coordination = comptes.coordinateur(enCours.region().code());
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.navigate(base + "/restitutions");
			Navigateur.assertSansViolation(p);
			p.navigate(base + "/vagues/" + vague);
			p.locator("#lien-restitution").click();
			assertThat(p.locator("#total tbody td").first().textContent()).isEqualTo("5");
			assertThat(p.locator("#a-relire li").allTextContents()).singleElement()
				.satisfies(t -> assertThat(t).contains("Le fablab m'a redonné confiance"));
			Navigateur.assertSansViolation(p);
			p.locator("#a-relire button").click();
			p.locator(".temoignage").waitFor();
			p.locator("#notes").fill("Les binômes veulent garder le format long.");
			p.locator("#form-atelier button").click();
			assertThat(p.locator("#notes-atelier").textContent())
				.isEqualTo("Les binômes veulent garder le format long.");
			Navigateur.assertSansViolation(p);
		}

		Connecte direction = comptes.pilote(enCours.region().code());
		Document lue = html(mvc.perform(get("/restitutions/" + vague).with(ComptesDemo.connecte(direction)))
			.andExpect(status().isOk()));
		assertThat(lue.select(".temoignage blockquote").text())
			.isEqualTo("Le fablab m'a redonné confiance pour chercher du travail.");
		assertThat(lue.select("#form-atelier, #a-relire")).as("la direction lit sans écrire").isEmpty();
		String page = lue.text();
		byte[] pdf = mvc
			.perform(get("/restitutions/" + vague + "/restitution.pdf").with(ComptesDemo.connecte(direction)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String imprime;
		try (PdfReader lecteur = new PdfReader(pdf)) {
			StringBuilder texte = new StringBuilder();
			for (int i = 1; i <= lecteur.getNumberOfPages(); i++) {
				texte.append(new PdfTextExtractor(lecteur).getTextFromPage(i));
			}
			imprime = texte.toString();
		}
		assertThat(imprime).contains("Restitution de la vague").contains("Le fablab m'a redonné confiance");
		for (String nom : noms) {
			assertThat(page).doesNotContain(nom).doesNotContain(nom.toLowerCase());
			assertThat(imprime).doesNotContain(nom).doesNotContain(nom.toLowerCase());
		}
		assertThat(page).doesNotContain("Alex");
		assertThat(imprime).doesNotContain("Alex");

		mvc.perform(post("/restitutions/" + vague + "/atelier").with(csrf())
			.with(ComptesDemo.connecte(direction))
			.param("notes", "Non")).andExpect(status().isForbidden());
		mvc.perform(get("/restitutions/" + vague).with(ComptesDemo.connecte(enCours.facilitateur())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/restitutions/" + vague)
			.with(ComptesDemo.connecte(comptes.coordinateur(parcoursEnCours.parcoursEnCours().region().code()))))
			.andExpect(status().isNotFound());
		Document tropLong = html(mvc
			.perform(post("/restitutions/" + vague + "/atelier").with(csrf())
				.with(ComptesDemo.connecte(coordination))
				.param("version", "1")
				.param("notes", "x".repeat(5001)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(tropLong.select("#notes-erreur").text()).isEqualTo("Les notes tiennent en 5000 caractères.");
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
