package fr.tierslieux.inclusion.demarche.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
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
 * The questionnaire on the approach: the coordination writes it (a wrong question said
 * next to its field), the two sides answer in a browser checked by axe, the coordination
 * reads both answers side by side.
 */
@WebTest
class QuestionnaireWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Connecte coordination;

	Long vague;

	@BeforeEach
	void unBinome() {
		enCours = parcoursEnCours.parcoursEnCours();
		coordination = comptes.coordinateur(enCours.region().code());
		vague = jdbc.sql("select vague_id from binome where id = ?").param(enCours.binome()).query(Long.class).single();
	}

	@Test
	void written_by_the_coordination_answered_by_each_side_read_side_by_side() throws Exception {
		String questionnaire = "/vagues/" + vague + "/questionnaire";
		Document sansChoix = html(mvc
			.perform(post(questionnaire).with(csrf())
				.with(ComptesDemo.connecte(coordination))
				.param("libelle", "Combien de réunions ?")
				.param("genre", "CHOIX")
				.param("choix", "Une"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(sansChoix.select("#erreur-question").text())
			.isEqualTo("Une question à choix propose entre 2 et 10 choix, un par ligne.");
		assertThat(sansChoix.select("#choix").attr("aria-describedby")).isEqualTo("erreur-question");
		assertThat(sansChoix.select("#libelle").val()).isEqualTo("Combien de réunions ?");
		mvc.perform(post(questionnaire).with(csrf())
			.with(ComptesDemo.connecte(coordination))
			.param("libelle", "Le binôme a bien fonctionné")
			.param("genre", "ECHELLE")).andExpect(status().is3xxRedirection());
		mvc.perform(post(questionnaire).with(csrf())
			.with(ComptesDemo.connecte(coordination))
			.param("libelle", "Ce qu'il faudrait changer")
			.param("genre", "TEXTE")).andExpect(status().is3xxRedirection());
		mvc.perform(get(questionnaire).with(ComptesDemo.connecte(enCours.facilitateur())))
			.andExpect(status().isForbidden());

		String base = "http://localhost:" + port;
		for (Connecte cote : new Connecte[] { enCours.conseiller(), enCours.facilitateur() }) {
			try (BrowserContext contexte = navigateur.browser().newContext()) {
				Page p = Navigateur.seConnecter(contexte, base, cote.identifiant(), CompteKit.MOT_DE_PASSE,
						cote == enCours.conseiller() ? "/beneficiaires" : "/ateliers");
				p.navigate(base + "/binomes/" + enCours.binome());
				p.locator("#lien-questionnaire").click();
				p.getByText(cote == enCours.conseiller() ? "Plutôt" : "Un peu",
						new Page.GetByTextOptions().setExact(true))
					.click();
				p.getByLabel("Ce qu'il faudrait changer")
					.fill(cote == enCours.conseiller() ? "Plus de temps ensemble" : "Un local plus grand");
				p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les réponses")).click();
				p.waitForURL(base + "/binomes/" + enCours.binome() + "/questionnaire");
				Navigateur.assertSansViolation(p);
			}
		}

		try (BrowserContext contexte = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(contexte, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.navigate(base + "/vagues/" + vague);
			p.locator("#lien-questionnaire").click();
			assertThat(p.locator("#binome-" + enCours.binome() + " + div tbody tr").allInnerTexts()).containsExactly(
					"Le binôme a bien fonctionné\t3\t2",
					"Ce qu'il faudrait changer\tPlus de temps ensemble\tUn local plus grand");
			Navigateur.assertSansViolation(p);
		}
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
