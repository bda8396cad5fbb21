package fr.tierslieux.inclusion.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The write path every later form copies: Post/Redirect/Get on success, errors beside the
 * field, 409 with the user's input kept when the record changed or the workflow refuses.
 */
@WebTest
class ChangementStatutWebTest extends AvecDeuxRegions {

	@Autowired
	MockMvc mvc;

	ResultActions poster(Connecte qui, String version, String statut, String motif) throws Exception {
		String action = "/beneficiaires/" + s.partagee() + "/orientations/" + s.o1() + "/statut";
		return mvc.perform(post(action).param("version", version)
			.param("statut", statut)
			.param("motif", motif)
			.with(csrf())
			.with(ComptesDemo.connecte(qui)));
	}

	Document fiche(Connecte qui) throws Exception {
		return Jsoup.parse(mvc.perform(get("/beneficiaires/" + s.partagee()).with(ComptesDemo.connecte(qui)))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void a_change_is_saved_then_the_page_is_shown_again_with_its_timeline() throws Exception {
		poster(s.facilitateurT1(), "0", "ACCEPTEE", "Bienvenue")
			.andExpect(redirectedUrl("/beneficiaires/" + s.partagee()));

		Document page = fiche(s.facilitateurT1());
		assertThat(page.select("#orientations tbody td .badge").text()).isEqualTo("Acceptée");
		assertThat(page.select("#orientation-" + s.o1() + " .historique li").eachText()).hasSize(2)
			.last()
			.asString()
			.contains("Proposée → Acceptée", s.facilitateurT1().identifiant(), "« Bienvenue »");
	}

	@Test
	void a_stale_edit_answers_409_shows_the_record_as_it_is_and_keeps_the_input() throws Exception {
		poster(s.facilitateurT1(), "0", "ACCEPTEE", "").andExpect(status().is3xxRedirection());

		String html = poster(s.facilitateurT1(), "0", "REFUSEE", "Groupe complet").andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select("#conflit").text()).contains("Quelqu'un a modifié cet enregistrement");
		assertThat(page.select("#orientations tbody td .badge").text()).isEqualTo("Acceptée");
		assertThat(page.select("#motif-" + s.o1()).val()).isEqualTo("Groupe complet");
		assertThat(page.select("#orientation-" + s.o1() + " input[name=version]").val()).isEqualTo("1");
	}

	@Test
	void a_transition_the_workflow_refuses_answers_409_in_french() throws Exception {
		String html = poster(s.facilitateurT1(), "0", "TERMINEE", "Fini").andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(html).select("#conflit").text())
			.contains("Une orientation « Proposée » ne peut pas passer à « Terminée »");
		assertThat(Jsoup.parse(html).select("#motif-" + s.o1()).val()).isEqualTo("Fini");
	}

	@Test
	void a_resource_handed_over_is_listed_and_a_wrong_amount_is_said_beside_its_field() throws Exception {
		String action = "/beneficiaires/" + s.partagee() + "/ressources";
		String cheque = "APT" + System.nanoTime();
		Document erreur = Jsoup.parse(mvc
			.perform(post(action).param("genre", "CHEQUE_APTIC")
				.param("numero", cheque)
				.param("valeur", "dix euros")
				.param("remiseLe", "2026-01-12")
				.with(csrf())
				.with(ComptesDemo.connecte(s.facilitateurT1())))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(erreur.select("#valeur-erreur").text()).startsWith("Indiquez un montant en euros");
		assertThat(erreur.select("#numero").val()).isEqualTo(cheque);

		mvc.perform(post(action).param("genre", "CHEQUE_APTIC")
			.param("numero", cheque)
			.param("valeur", "12,50")
			.param("remiseLe", "2026-01-12")
			.with(csrf())
			.with(ComptesDemo.connecte(s.facilitateurT1())))
			.andExpect(redirectedUrl("/beneficiaires/" + s.partagee() + "#ressources"));
		assertThat(fiche(s.facilitateurT1()).select("#liste-ressources li").eachText())
			.containsExactly("Chèque numérique APTIC n° " + cheque + ", 12,50 €, remis le 12/01/2026 par "
					+ s.facilitateurT1().identifiant());
	}

	@Test
	void a_refusal_says_why_with_the_usual_reasons_offered() throws Exception {
		Document page = Jsoup.parse(poster(s.facilitateurT1(), "0", "REFUSEE", " ").andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(page.select("#motif-" + s.o1() + "-erreur").text())
			.isEqualTo("Indiquez le motif du refus : le conseiller le lira.");
		assertThat(page.select("#motif-" + s.o1()).attr("list")).isEqualTo("motifs-catalogue");
		assertThat(page.select("#motifs-catalogue option").eachAttr("value")).contains("Parcours complet",
				"Prérequis manquants");
		assertThat(page.select("#orientations tbody td .badge").text()).isEqualTo("Proposée");
	}

	@Test
	void a_missing_status_or_an_overlong_reason_is_said_beside_the_field() throws Exception {
		Document page = Jsoup.parse(poster(s.facilitateurT1(), "0", "", "x".repeat(501)).andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("#statut-" + s.o1() + "-erreur").text()).isEqualTo("Choisissez le nouveau statut.");
		assertThat(page.select("#motif-" + s.o1() + "-erreur").text())
			.isEqualTo("Le motif ne peut pas dépasser 500 caractères.");
		assertThat(page.select("#statut-" + s.o1()).attr("aria-describedby")).isEqualTo("statut-" + s.o1() + "-erreur");
		assertThat(page.select("#orientations tbody td .badge").text()).isEqualTo("Proposée");
	}

	@Test
	void outside_ones_perimeter_the_form_answers_404_and_a_pilote_403() throws Exception {
		poster(s.facilitateurT2(), "0", "ACCEPTEE", "").andExpect(status().isNotFound());
		poster(s.piloteR2(), "0", "ACCEPTEE", "").andExpect(status().isForbidden());
	}

}
