package fr.tierslieux.inclusion.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What each role sees on its home, read from the HTML a browser receives. */
@WebTest
class AccueilParRoleWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService comptes;

	String page(String identifiant, String chemin) throws Exception {
		return mvc.perform(get(chemin).with(ComptesDemo.connecte(comptes, identifiant)))
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
	void the_coordinator_sees_94_ateliers_and_355_hours_among_the_key_figures() throws Exception {
		String html = page(ComptesDemo.COORDINATION, "/tableau-de-bord");

		assertThat(chiffre(html, "chiffre-ateliers")).isEqualTo("94");
		assertThat(chiffre(html, "chiffre-heures")).isEqualTo("355 h");
		assertThat(chiffre(html, "chiffre-beneficiaires")).isEqualTo("114");
		assertThat(chiffre(html, "chiffre-parcours")).isEqualTo("21");
		assertThat(chiffre(html, "chiffre-tiers-lieux")).isEqualTo("10");
		assertThat(chiffre(html, "chiffre-departements")).isEqualTo("7");
		assertThat(html).contains("Apprentissage par le faire", "Parcours de professionnalisation",
				"Parcours hybride et créatif", "93 — Seine-Saint-Denis", "77 — Seine-et-Marne");
	}

	@Test
	void the_pilote_reads_the_same_figures_without_links_to_people() throws Exception {
		String html = page(ComptesDemo.PILOTE, "/tableau-de-bord");

		assertThat(chiffre(html, "chiffre-heures")).isEqualTo("355 h");
		assertThat(html).doesNotContain("href=\"/beneficiaires\"");
	}

	@Test
	void a_conseiller_lands_on_the_beneficiaires_of_the_agence() throws Exception {
		String html = page(ComptesDemo.CONSEILLER, "/beneficiaires");

		assertThat(html).contains("13 résultat(s)");
		List<String> agences = Pattern.compile("<td>([^<]*)</td>\\s*<td>\\s*<span>")
			.matcher(html)
			.results()
			.map(r -> r.group(1))
			.toList();
		assertThat(agences).hasSize(13).containsOnly("Nanterre");
	}

	@Test
	void a_facilitateur_lands_on_the_ateliers_of_the_tiers_lieu() throws Exception {
		String html = page(ComptesDemo.FACILITATEUR, "/ateliers");

		assertThat(html).contains("16 résultat(s)");
		assertThat(Pattern.compile("<td>Electrolab</td>").matcher(html).results().count()).isEqualTo(16);
		assertThat(html).doesNotContain("Traces E Fabrik");
	}

	@Test
	void the_beneficiaires_list_is_paginated_by_25() throws Exception {
		String premiere = page(ComptesDemo.ADMIN, "/beneficiaires");
		assertThat(premiere).contains("114 résultat(s)", "Page 1 sur 5", "href=\"/beneficiaires?page=1\"");
		assertThat(Pattern.compile("href=\"/beneficiaires/\\d+\"").matcher(premiere).results().count()).isEqualTo(25);

		String derniere = page(ComptesDemo.ADMIN, "/beneficiaires?page=4");
		assertThat(derniere).contains("Page 5 sur 5", "href=\"/beneficiaires?page=3\"");
		assertThat(Pattern.compile("href=\"/beneficiaires/\\d+\"").matcher(derniere).results().count()).isEqualTo(14);
	}

	@Test
	void page_links_keep_the_other_parameters_of_the_url() throws Exception {
		String html = page(ComptesDemo.ADMIN, "/beneficiaires?q=&page=2");

		assertThat(html).contains("href=\"/beneficiaires?q=&amp;page=1\"", "href=\"/beneficiaires?q=&amp;page=3\"");
	}

	@Test
	void a_search_keeps_what_was_typed_and_narrows_the_list() throws Exception {
		String html = page(ComptesDemo.ADMIN, "/beneficiaires?q=dia");

		assertThat(html).contains("value=\"dia\"", "Diallo");
		assertThat(html).doesNotContain("Martin ");
	}

}
