package fr.tierslieux.inclusion.binome.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.binome.CandidatureService;
import fr.tierslieux.inclusion.binome.QuestionFiche;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.VagueService;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The binôme's pages for each role: who sees which binôme, errors beside the fields of
 * the formation form, a fiche or canvas written out of turn or on a stale version keeps
 * what was typed.
 */
@WebTest
class BinomeWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	BinomeKit binomeKit;

	@Autowired
	VagueService vagues;

	@Autowired
	CandidatureService candidatures;

	@Autowired
	BinomeService binomes;

	RegionDeTest region;

	Connecte coordination;

	Connecte conseiller;

	Connecte facilitation;

	Long vague;

	Long lieu;

	Long binome;

	@BeforeEach
	void unBinome() {
		region = territoire.region();
		coordination = comptes.coordinateur(region.code());
		vague = vagues.ouvrir(coordination.perimetre(),
				new VagueService.NouvelleVague("Vague " + Unique.numero(), region.code(), LocalDate.of(2026, 1, 5),
						LocalDate.of(2027, 12, 18), new BigDecimal("80000"), VagueService.tarifsDuGuide()));
		Long agence = annuaire.agence(region.departement());
		lieu = annuaire.tiersLieu("Lieu " + Unique.numero(), region.departement());
		conseiller = comptes.conseiller(agence);
		facilitation = comptes.facilitateur(lieu);
		binome = binomes.former(coordination.perimetre(), vague, agence, lieu, conseiller.id(), facilitation.id());
	}

	@Test
	void each_role_sees_exactly_its_binomes() throws Exception {
		Connecte ailleurs = comptes.conseiller(annuaire.agence(territoire.region().departement()));
		assertThat(html(mvc.perform(get("/binomes").with(ComptesDemo.connecte(conseiller)))).select("#binomes tbody a")
			.eachAttr("href")).containsExactly("/binomes/" + binome);
		assertThat(html(mvc.perform(get("/binomes").with(ComptesDemo.connecte(ailleurs)))).select("#binomes tbody tr"))
			.isEmpty();
		mvc.perform(get("/binomes/" + binome).with(ComptesDemo.connecte(ailleurs))).andExpect(status().isNotFound());
		mvc.perform(get("/binomes/" + binome + "/fiche").with(ComptesDemo.connecte(ailleurs)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/binomes/" + binome + "/canevas").with(ComptesDemo.connecte(ailleurs)))
			.andExpect(status().isNotFound());
		mvc.perform(
				get("/vagues/" + vague).with(ComptesDemo.connecte(comptes.coordinateur(territoire.region().code()))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/binomes/" + binome).with(ComptesDemo.connecte(comptes.pilote(region.code()))))
			.andExpect(status().isForbidden());
		Document page = html(mvc.perform(get("/binomes/" + binome).with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isOk()));
		assertThat(page.select("#a-faire li").eachText()).containsExactly(
				"Fiche ping-pong : 10 question(s) sans réponse de l'agence.",
				"Fiche ping-pong : 10 question(s) sans réponse du tiers-lieu.");
		assertThat(page.select("form[action$=/phase] button").hasAttr("disabled")).isTrue();
	}

	@Test
	void an_answer_written_out_of_turn_is_refused_and_kept_on_the_page() throws Exception {
		String etat = html(mvc.perform(get("/binomes/" + binome + "/fiche").with(ComptesDemo.connecte(facilitation))))
			.select("input[name=etat]")
			.val();
		Document refus = html(mvc
			.perform(post("/binomes/" + binome + "/fiche").param("etat", etat)
				.param("reponse.PUBLICS", "Des jeunes sans solution")
				.with(csrf())
				.with(ComptesDemo.connecte(facilitation)))
			.andExpect(status().isConflict()));
		assertThat(refus.select("#message-conflit").text()).startsWith("Ce n'est pas votre tour");
		assertThat(refus.select("#reponse-PUBLICS").text()).isEqualTo("Des jeunes sans solution");

		Document tropLong = html(mvc
			.perform(post("/binomes/" + binome + "/fiche").param("etat", etat)
				.param("reponse.DIAGNOSTIC", "x".repeat(4001))
				.with(csrf())
				.with(ComptesDemo.connecte(conseiller)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(tropLong.select("#reponse-DIAGNOSTIC-erreur").text()).isEqualTo("4 000 caractères au plus.");

		mvc.perform(post("/binomes/" + binome + "/fiche").param("etat", etat)
			.param("reponse.PUBLICS", "Des seniors")
			.param("passer", "oui")
			.with(csrf())
			.with(ComptesDemo.connecte(conseiller))).andExpect(status().is3xxRedirection());
		Document fiche = html(
				mvc.perform(get("/binomes/" + binome + "/fiche").with(ComptesDemo.connecte(facilitation))));
		assertThat(fiche.select("#tour").text()).isEqualTo("C'est à votre tour de répondre.");
		assertThat(fiche.select("#question-PUBLICS p.texte-long").text()).isEqualTo("Des seniors");
		assertThat(fiche.select("textarea[name^=reponse.]")).hasSize(QuestionFiche.values().length);
	}

	@Test
	void the_formation_form_says_what_is_missing_beside_each_field() throws Exception {
		Long autre = annuaire.tiersLieu("Autre lieu " + Unique.numero(), region.departement());
		Connecte facilitationAutre = comptes.facilitateur(autre);
		Long candidature = candidatures.candidater(facilitationAutre.perimetre(), vague, autre, "Atelier", "Parcours");
		candidatures.decider(coordination.perimetre(), candidature, 0, true, null);
		Long agence = annuaire.agence(region.departement());

		Document erreurs = html(mvc
			.perform(post("/vagues/" + vague + "/binomes").param("tiersLieu", String.valueOf(autre))
				.param("agence", String.valueOf(agence))
				.param("_themes", "on")
				.with(csrf())
				.with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(erreurs.select("#themes-erreur").text()).isEqualTo("Cochez au moins un thème de coopération.");

		Document autreTheme = html(mvc
			.perform(post("/vagues/" + vague + "/binomes").param("tiersLieu", String.valueOf(autre))
				.param("agence", String.valueOf(agence))
				.param("themes", "AUTRE")
				.param("referentAgence", String.valueOf(conseiller.id()))
				.with(csrf())
				.with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(autreTheme.select("#autreTheme-erreur").text()).isEqualTo("Décrivez l'autre idée locale.");

		Document referent = html(mvc
			.perform(post("/vagues/" + vague + "/binomes").param("tiersLieu", String.valueOf(autre))
				.param("agence", String.valueOf(agence))
				.param("themes", "NUMERIQUE")
				.param("referentAgence", String.valueOf(conseiller.id()))
				.with(csrf())
				.with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(referent.select("#referentAgence-erreur").text())
			.isEqualTo("Cette personne ne fait pas partie de la structure, ou n'a pas le bon rôle.");
	}

	@Test
	void a_canvas_saved_on_a_stale_version_keeps_the_referents_text() throws Exception {
		binomeKit.remplirLaFiche(binome, conseiller.perimetre(), facilitation.perimetre());
		binomes.passerALaPhaseSuivante(coordination.perimetre(), binome, 0, null);
		mvc.perform(post("/binomes/" + binome + "/canevas").param("version", "0")
			.param("intitule", "Version de l'agence")
			.with(csrf())
			.with(ComptesDemo.connecte(conseiller))).andExpect(status().is3xxRedirection());

		Document conflit = html(mvc
			.perform(post("/binomes/" + binome + "/canevas").param("version", "0")
				.param("intitule", "Version du tiers-lieu")
				.param("capacite", "0")
				.with(csrf())
				.with(ComptesDemo.connecte(facilitation)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(conflit.select("#capacite-erreur").text()).isEqualTo("Au moins 1 place.");

		Document perime = html(mvc
			.perform(post("/binomes/" + binome + "/canevas").param("version", "0")
				.param("intitule", "Version du tiers-lieu")
				.with(csrf())
				.with(ComptesDemo.connecte(facilitation)))
			.andExpect(status().isConflict()));
		assertThat(perime.select("#message-conflit").text()).startsWith("Quelqu'un a modifié");
		assertThat(perime.select("#intitule").val()).isEqualTo("Version du tiers-lieu");
		assertThat(perime.select("#version").val()).as("prête à être renvoyée").isEqualTo("1");
	}

	private static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
