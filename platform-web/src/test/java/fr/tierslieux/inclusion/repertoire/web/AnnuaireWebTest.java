package fr.tierslieux.inclusion.repertoire.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's pages: filters in the URL, the profile form and its errors, rights,
 * export.
 */
@WebTest
class AnnuaireWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Test
	void the_list_keeps_its_filters_in_the_address_and_in_its_page_links() throws Exception {
		RegionDeTest ici = territoire.region();
		for (int i = 0; i < 27; i++) {
			annuaire.tiersLieu("Lieu filtré " + i, ici.departement());
		}
		Connecte conseiller = comptes.conseiller(annuaire.agence(ici.departement()));
		Document page = html(
				mvc.perform(get("/annuaire").param("region", ici.code()).with(ComptesDemo.connecte(conseiller))));
		assertThat(page.select("#annuaire tbody tr")).hasSize(25);
		assertThat(page.select("#annuaire tbody th a").eachText()).allMatch(n -> n.startsWith("Lieu filtré"));
		String suivante = page.select("a:contains(Page suivante)").attr("href");
		assertThat(suivante).contains("region=" + ici.code()).contains("apres=");
		assertThat(html(mvc.perform(get(suivante).with(ComptesDemo.connecte(conseiller)))).select("#annuaire tbody tr"))
			.hasSize(2);
	}

	@Test
	void the_profile_form_says_what_is_wrong_beside_each_field_and_refuses_outsiders() throws Exception {
		RegionDeTest ici = territoire.region();
		Long lieu = annuaire.tiersLieu("Lieu à décrire", ici.departement());
		Connecte facilitateur = comptes.facilitateur(lieu);
		String action = "/annuaire/tiers-lieux/" + lieu + "/profil";

		Document erreurs = html(mvc
			.perform(post(action).param("version", "0")
				.param("role", "RESSOURCE")
				.param("capaciteAccueil", "-1")
				.param("siteWeb", "lieu.example")
				.param("courriels", "pas une adresse")
				.param("reseauId", "999999999")
				.with(csrf())
				.with(ComptesDemo.connecte(facilitateur)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(erreurs.select("#capaciteAccueil-erreur").text())
			.isEqualTo("La capacité ne peut pas être négative.");
		assertThat(erreurs.select("#siteWeb-erreur").text()).startsWith("Adresse web attendue");
		assertThat(erreurs.select("#courriels-erreur").text()).startsWith("Adresses e-mail attendues");
		assertThat(erreurs.select("#reseauId-erreur").text()).isEqualTo("Choisissez un réseau de la liste.");
		assertThat(erreurs.select("#siteWeb").val()).as("saisie gardée").isEqualTo("lieu.example");

		mvc.perform(post(action).param("version", "0")
			.param("role", "EXPERIMENTATEUR")
			.param("typologies", "FABLAB", "FOODLAB")
			.param("capaciteAccueil", "12")
			.with(csrf())
			.with(ComptesDemo.connecte(facilitateur))).andExpect(status().is3xxRedirection());
		Document fiche = html(
				mvc.perform(get("/annuaire/tiers-lieux/" + lieu).with(ComptesDemo.connecte(facilitateur))));
		assertThat(fiche.select("dd").eachText()).contains("Expérimentateur", "12")
			.anyMatch(t -> t.contains("Foodlab"));

		mvc.perform(post(action).param("version", "0")
			.param("role", "RESSOURCE")
			.with(csrf())
			.with(ComptesDemo.connecte(facilitateur))).andExpect(status().isConflict());
		Connecte conseiller = comptes.conseiller(annuaire.agence(ici.departement()));
		assertThat(html(mvc.perform(get("/annuaire/tiers-lieux/" + lieu).with(ComptesDemo.connecte(conseiller))))
			.select("form[action$=/profil]")).isEmpty();
		mvc.perform(post(action).param("version", "1")
			.param("role", "RESSOURCE")
			.with(csrf())
			.with(ComptesDemo.connecte(conseiller))).andExpect(status().isForbidden());
	}

	@Test
	void the_export_is_a_csv_file_of_the_standard() throws Exception {
		String csv = mvc
			.perform(get("/annuaire/tiers-lieux.csv").param("departement", "92")
				.with(ComptesDemo.connecte(comptes.admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"lieux-mediation-numerique.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("id,pivot,nom,commune,code_postal,code_insee,adresse,");
	}

	private static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
