package fr.tierslieux.inclusion.parcours.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Opening a vague: errors beside each field, input kept; then the vague in the list. */
@WebTest
class VagueWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	CompteKit comptes;

	@Test
	void a_wrong_form_says_what_is_wrong_beside_each_field_then_a_right_one_opens_the_vague() throws Exception {
		String region = territoire.region().code();
		Connecte coordination = comptes.coordinateur(region);

		Document vide = html(mvc
			.perform(post("/vagues").param("tarifCourt", "-1")
				.param("tarifLong", "abc")
				.with(csrf())
				.with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(vide.select("#nom-erreur").text()).isEqualTo("Donnez un nom à la vague.");
		assertThat(vide.select("#region-erreur").text()).isEqualTo("Choisissez la région.");
		assertThat(vide.select("#debut-erreur").text()).isEqualTo("Indiquez la date de début.");
		assertThat(vide.select("#enveloppe-erreur").text()).isEqualTo("Indiquez l'enveloppe, en euros.");
		assertThat(vide.select("#tarifCourt-erreur").text()).isEqualTo("Le montant ne peut pas être négatif.");
		assertThat(vide.select("#tarifLong-erreur").text()).isEqualTo("Montant en euros attendu.");
		assertThat(vide.select("#tarifLong").val()).as("saisie gardée").isEqualTo("abc");

		Document ailleurs = html(mvc
			.perform(vague("Vague A", territoire.region().code(), "2027-06-30", "2027-01-04")
				.with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(ailleurs.select("#region-erreur").text())
			.isEqualTo("Vous ne pouvez ouvrir une vague que dans vos régions.");
		assertThat(ailleurs.select("#fin-erreur").text()).isEqualTo("La fin doit suivre le début.");

		mvc.perform(vague("Vague A", region, "2027-01-04", "2027-06-30").with(ComptesDemo.connecte(coordination)))
			.andExpect(status().is3xxRedirection());
		Document liste = html(mvc.perform(get("/vagues").with(ComptesDemo.connecte(coordination))));
		assertThat(liste.select("#vagues tbody th").eachText()).containsExactly("Vague A");
		// amounts are written with French non-breaking spaces
		assertThat(liste.select("#vagues tbody li").eachText())
			.extracting(t -> t.replace('\u202f', ' ').replace('\u00a0', ' '))
			.contains("Court : 5 000 €", "Long et intensif : 15 000 €");

		assertThat(html(mvc
			.perform(vague("vague a", region, "2027-01-04", "2027-06-30").with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isUnprocessableContent())).select("#nom-erreur").text())
			.isEqualTo("Une vague de ce nom existe déjà dans cette région.");
	}

	private static MockHttpServletRequestBuilder vague(String nom, String region, String debut, String fin) {
		return post("/vagues").param("nom", nom)
			.param("region", region)
			.param("debut", debut)
			.param("fin", fin)
			.param("enveloppe", "80000")
			.param("tarifCourt", "5000")
			.param("tarifLong", "10000")
			.param("tarifLongAugmente", "15000")
			.param("tarifLongIntensif", "15000")
			.with(csrf());
	}

	private static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
