package fr.tierslieux.inclusion.pilotage.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coordination of an empty région is told what to do first, each step linking to its
 * page; a région under way is not.
 */
@WebTest
class PremiersPasWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	UserDetailsService utilisateurs;

	@Test
	void an_empty_region_lists_its_first_steps_and_ticks_those_done() throws Exception {
		RegionDeTest region = territoire.region();
		var coordination = comptes.coordinateur(region.code());
		Document vide = page(mvc.perform(get("/tableau-de-bord").with(ComptesDemo.connecte(coordination)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(vide.select("#premiers-pas li a").eachAttr("href")).containsExactly("/imports", "/vagues",
				"/comptes", "/vagues");
		assertThat(vide.select("#premiers-pas li").eachText()).allMatch(t -> t.endsWith("(à faire)"));

		annuaire.agence(region.departement());
		annuaire.tiersLieu("Lieu", region.departement());
		Document commence = page(mvc.perform(get("/tableau-de-bord").with(ComptesDemo.connecte(coordination)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(commence.select("#premiers-pas li").first().text()).endsWith("(fait)");

		Document demo = page(
				mvc.perform(get("/tableau-de-bord").with(ComptesDemo.connecte(utilisateurs, "coordination@demo.fr")))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(demo.select("#premiers-pas")).isEmpty();
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

}
