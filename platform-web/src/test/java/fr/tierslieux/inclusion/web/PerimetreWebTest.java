package fr.tierslieux.inclusion.web;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A record outside one's perimeter answers 404, as if it did not exist. */
@WebTest
class PerimetreWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService comptes;

	/** The first bénéficiaire the given account sees in its list. */
	Long premierBeneficiaireDe(String identifiant) throws Exception {
		String html = mvc.perform(get("/beneficiaires").with(ComptesDemo.connecte(comptes, identifiant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Pattern.compile("href=\"/beneficiaires/(\\d+)\"")
			.matcher(html)
			.results()
			.map(r -> Long.valueOf(r.group(1)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void a_conseiller_of_agence_a_gets_404_on_a_beneficiaire_of_agence_b() throws Exception {
		Long deDrancy = premierBeneficiaireDe("conseil.drancy@demo.fr");
		Long deNanterre = premierBeneficiaireDe(ComptesDemo.CONSEILLER);

		mvc.perform(get("/beneficiaires/" + deDrancy).accept(MediaType.TEXT_HTML)
			.with(ComptesDemo.connecte(comptes, ComptesDemo.CONSEILLER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
		mvc.perform(get("/beneficiaires/" + deNanterre).with(ComptesDemo.connecte(comptes, ComptesDemo.CONSEILLER)))
			.andExpect(status().isOk());
	}

	@Test
	void a_facilitateur_gets_404_on_a_person_not_oriented_to_the_tiers_lieu() throws Exception {
		Long deLaVerriere = premierBeneficiaireDe("facilitation.la-verriere@demo.fr");

		mvc.perform(get("/beneficiaires/" + deLaVerriere).with(ComptesDemo.connecte(comptes, ComptesDemo.FACILITATEUR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/beneficiaires/" + premierBeneficiaireDe(ComptesDemo.FACILITATEUR))
			.with(ComptesDemo.connecte(comptes, ComptesDemo.FACILITATEUR))).andExpect(status().isOk());
	}

	@Test
	void an_unknown_or_malformed_id_answers_404_too() throws Exception {
		mvc.perform(get("/beneficiaires/999999999").with(ComptesDemo.connecte(comptes, ComptesDemo.ADMIN)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/beneficiaires/abc").with(ComptesDemo.connecte(comptes, ComptesDemo.ADMIN)))
			.andExpect(status().isNotFound());
	}

	/**
	 * The French 403 page itself is checked in a real browser
	 * ({@code NavigateurAccessibiliteTest}).
	 */
	@Test
	void a_pilote_is_refused_the_pages_of_people() throws Exception {
		mvc.perform(get("/beneficiaires").with(ComptesDemo.connecte(comptes, ComptesDemo.PILOTE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/ateliers").with(ComptesDemo.connecte(comptes, ComptesDemo.PILOTE)))
			.andExpect(status().isForbidden());
	}

}
