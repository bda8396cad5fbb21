package fr.tierslieux.inclusion.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.DeuxRegions;
import fr.tierslieux.inclusion.kit.DeuxRegions.Scenario;
import fr.tierslieux.inclusion.kit.TerritoireKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each role sees on its pages, read from the HTML a browser receives, on records the
 * test builds (the demo's figures are the demo's own test's business).
 */
@WebTest
class AccueilParRoleWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeuxRegions deuxRegions;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	CompteKit comptes;

	String page(Connecte compte, String chemin) throws Exception {
		return mvc.perform(get(chemin).with(ComptesDemo.connecte(compte)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String chiffre(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
		assertThat(m.find()).as("chiffre %s", id).isTrue();
		return m.group(1);
	}

	@Test
	void the_coordinator_and_the_pilote_read_the_figures_of_their_region() throws Exception {
		Scenario s = deuxRegions.creer();

		for (Connecte lecteur : new Connecte[] { s.coordinationR2(), s.piloteR2() }) {
			String html = page(lecteur, "/tableau-de-bord");
			assertThat(chiffre(html, "chiffre-ateliers")).isEqualTo("3");
			assertThat(chiffre(html, "chiffre-heures")).isEqualTo("9 h");
			assertThat(chiffre(html, "chiffre-beneficiaires")).isEqualTo("2");
			assertThat(chiffre(html, "chiffre-parcours")).isEqualTo("1");
			assertThat(chiffre(html, "chiffre-tiers-lieux")).isEqualTo("1");
			assertThat(chiffre(html, "chiffre-departements")).isEqualTo("1");
		}
		assertThat(page(s.piloteR2(), "/tableau-de-bord")).doesNotContain("href=\"/beneficiaires");
		assertThat(chiffre(page(s.coordinationR1(), "/tableau-de-bord"), "chiffre-heures")).isEqualTo("6 h");
	}

	@Test
	void the_beneficiaires_list_is_paginated_by_25() throws Exception {
		TerritoireKit.RegionDeTest region = territoire.region();
		Long agence = annuaire.agence(region.departement());
		for (int i = 0; i < 27; i++) {
			beneficiaires.beneficiaire(agence, String.format("Paginé%02d", i), "Personne");
		}
		Connecte conseiller = comptes.conseiller(agence);

		String premiere = page(conseiller, "/beneficiaires");
		assertThat(premiere).contains("27 résultat(s)", "Page suivante").doesNotContain("Page précédente");
		List<String> lignes = liens(premiere, "href=\"/beneficiaires/(\\d+)\"");
		assertThat(lignes).hasSize(25);

		// the next page starts after the last row shown, by its id
		String suivante = liens(premiere, "href=\"(/beneficiaires\\?apres=\\d+)\"").get(0);
		assertThat(suivante).isEqualTo("/beneficiaires?apres=" + lignes.get(24));
		String derniere = page(conseiller, suivante);
		assertThat(derniere).contains("Paginé26", "Page précédente", "Début de la liste")
			.doesNotContain("Page suivante");
		assertThat(liens(derniere, "href=\"/beneficiaires/(\\d+)\"")).hasSize(2);

		String precedente = liens(derniere, "href=\"(/beneficiaires\\?avant=\\d+)\"").get(0);
		assertThat(liens(page(conseiller, precedente), "href=\"/beneficiaires/(\\d+)\"")).isEqualTo(lignes);
	}

	static List<String> liens(String html, String motif) {
		return Pattern.compile(motif).matcher(html).results().map(r -> r.group(1)).toList();
	}

	/**
	 * A name typed in the search never lands in an address, a page title or the history.
	 */
	@Test
	void a_search_is_posted_kept_in_the_session_and_never_put_in_the_url() throws Exception {
		Scenario s = deuxRegions.creer();
		// the session, in the database, goes by its cookie from one request to the next
		Cookie[] session = mvc
			.perform(post("/beneficiaires/recherche").param("q", " " + s.nom().toLowerCase() + "\u0000")
				.with(csrf())
				.with(ComptesDemo.connecte(s.admin())))
			.andExpect(redirectedUrl("/beneficiaires"))
			.andReturn()
			.getResponse()
			.getCookies();
		String html = mvc.perform(get("/beneficiaires").cookie(session).with(ComptesDemo.connecte(s.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("2 résultat(s)", "value=\"" + s.nom().toLowerCase() + "\"", s.nom() + " Partagée")
			.doesNotContain("?q=", "hx-push-url");
		assertThat(Pattern.compile("<title>[^<]*</title>").matcher(html).results().map(r -> r.group()))
			.noneMatch(t -> t.contains(s.nom()));

		mvc.perform(post("/beneficiaires/recherche").param("effacer", "1")
			.cookie(session)
			.with(csrf())
			.with(ComptesDemo.connecte(s.admin()))).andExpect(redirectedUrl("/beneficiaires"));
		assertThat(mvc.perform(get("/beneficiaires").cookie(session).with(ComptesDemo.connecte(s.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("la liste entière, plus la recherche")
			.doesNotContain(">2 résultat(s)<", "value=\"" + s.nom().toLowerCase() + "\"");
	}

	@Test
	void a_persons_page_names_them_in_its_content_not_in_its_title() throws Exception {
		Scenario s = deuxRegions.creer();

		String html = page(s.conseillerA1(), "/beneficiaires/" + s.partagee());

		assertThat(html).contains("<title>Fiche bénéficiaire — ", "Partagée " + s.nom() + "</h1>");
	}

}
