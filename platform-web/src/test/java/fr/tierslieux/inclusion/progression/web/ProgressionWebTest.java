package fr.tierslieux.inclusion.progression.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Browser;
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

import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.Unique;
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
 * The progression as its users live it: the counsellor chooses the criteria with the
 * person and rates them, the person says where they are from their phone, the
 * coordination reads, another tiers-lieu sees nothing; each page checked by axe, the
 * person's at 320 pixels.
 */
@WebTest
class ProgressionWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrientationService orientations;

	ParcoursEnCours enCours;

	Long personne;

	Long orientation;

	String page;

	@BeforeEach
	void unePersonneEnParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Progres" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		orientation = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
		page = "/beneficiaires/" + personne + "/progression";
	}

	@Test
	void the_counsellor_sets_and_rates_the_criteria_the_person_answers_from_a_phone() throws Exception {
		Connecte conseiller = enCours.conseiller();
		String criteres = page + "/" + orientation + "/criteres";
		Document deux = html(mvc
			.perform(post(criteres).with(csrf())
				.with(ComptesDemo.connecte(conseiller))
				.param("libelle1", "Je me sens capable d'utiliser un traitement de texte")
				.param("libelle2", "J'ose appeler un employeur")
				.param("competence2", "PIX:2.1"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(deux.select("#erreur-criteres-" + orientation).text())
			.isEqualTo("Choisissez entre 3 et 4 critères.");
		assertThat(deux.select("#libelle2-" + orientation).val()).as("la saisie est gardée")
			.isEqualTo("J'ose appeler un employeur");
		assertThat(deux.select("#competence2-" + orientation + " option[selected]").val()).isEqualTo("PIX:2.1");

		mvc.perform(post(criteres).with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("libelle1", "Je me sens capable d'utiliser un traitement de texte")
			.param("competence1", "PIX:3.1")
			.param("libelle2", "J'ose appeler un employeur")
			.param("libelle3", "Je sais trouver une offre d'emploi en ligne")).andExpect(status().is3xxRedirection());
		Long premier = jdbc.sql("select id from critere_progression where orientation_id = ? and ordre = 1")
			.param(orientation)
			.query(Long.class)
			.single();
		mvc.perform(post(page + "/" + orientation + "/notes").with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("quand", "AVANT")
			.param("note-" + premier, "2")).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/" + orientation + "/notes").with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("quand", "AVANT")
			.param("note-" + premier, "9")).andExpect(status().isUnprocessableContent());

		Document lu = html(
				mvc.perform(get(page).with(ComptesDemo.connecte(comptes.coordinateur(enCours.region().code()))))
					.andExpect(status().isOk()));
		assertThat(lu.select(".criteres-notes li li").eachText()).containsExactly("Avant le parcours : Un peu");
		assertThat(lu.select("form")).as("la coordination lit sans noter").noneMatch(f -> f.hasClass("notes"));
		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), enCours.region().departement()));
		mvc.perform(get(page).with(ComptesDemo.connecte(ailleurs))).andExpect(status().isNotFound());

		String jeton = carnets.nouveauLien(conseiller.perimetre(), personne).jeton();
		String base = "http://localhost:" + port;
		try (BrowserContext telephone = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page p = telephone.newPage();
			p.navigate(base + "/carnet/" + jeton);
			p.locator("#lien-progression").click();
			assertThat(p.locator("h1").textContent()).isEqualTo("Ma progression");
			assertThat(p.getByText("Au début : Un peu.").count()).isEqualTo(1);
			assertThat(p.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(p);
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			assertThat(p.locator("#rien-de-coche").textContent()).startsWith("Choisissez au moins une réponse");
			p.locator("label[for='n-" + premier + "-4']").click();
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			p.locator("#merci").waitFor();
			assertThat(p.getByText("Au début : Un peu. La dernière fois : Oui, tout à fait.").count()).isEqualTo(1);
			Navigateur.assertSansViolation(p);
		}
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, conseiller.identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			p.navigate(base + "/beneficiaires/" + personne);
			p.locator("#lien-progression").click();
			// the person rated after the parcours' latest session held
			assertThat(p.locator(".criteres-notes li li").allTextContents()).hasSize(2)
				.first()
				.isEqualTo("Avant le parcours : Un peu");
			assertThat(p.locator(".criteres-notes li li").allTextContents().get(1)).startsWith("Après la séance « ")
				.endsWith(" : Oui, tout à fait (par la personne)");
			Navigateur.assertSansViolation(p);
		}
	}

	@Test
	void the_counsellor_records_the_situation_after_the_parcours_and_the_coordination_counts_it() throws Exception {
		orientations.changerStatut(enCours.facilitateur().perimetre(), orientation, 2, OrientationStatut.TERMINEE,
				null);
		Connecte conseiller = enCours.conseiller();
		Document aFaire = html(mvc.perform(get("/suivis").with(ComptesDemo.connecte(conseiller))));
		assertThat(aFaire.select("#suivis-a-faire tbody tr")).hasSize(1);
		assertThat(aFaire.select("#suivis-a-faire tbody th a").attr("href")).isEqualTo(page + "#sortie-" + orientation);
		mvc.perform(get("/suivis").with(ComptesDemo.connecte(enCours.facilitateur())))
			.andExpect(status().isForbidden());

		String sortie = "/beneficiaires/" + personne + "/sorties/" + orientation;
		Document sansSituation = html(
				mvc.perform(post(sortie).with(csrf()).with(ComptesDemo.connecte(conseiller)).param("echeance", "FIN"))
					.andExpect(status().isUnprocessableContent()));
		assertThat(sansSituation.select("#erreur-" + orientation + "-FIN").text())
			.isEqualTo("Choisissez la situation de la personne.");
		assertThat(sansSituation.select("#situation-" + orientation + "-FIN").attr("aria-describedby"))
			.isEqualTo("erreur-" + orientation + "-FIN");
		mvc.perform(post(sortie).with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("echeance", "M3")
			.param("situation", "FORMATION")).andExpect(status().isUnprocessableContent());
		mvc.perform(post(sortie).with(csrf())
			.with(ComptesDemo.connecte(enCours.facilitateur()))
			.param("echeance", "FIN")
			.param("situation", "FORMATION")).andExpect(status().isForbidden());
		mvc.perform(post(sortie).with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("echeance", "FIN")
			.param("situation", "FORMATION")
			.param("precision", "Titre professionnel de secrétaire")).andExpect(status().is3xxRedirection());

		assertThat(html(mvc.perform(get("/suivis").with(ComptesDemo.connecte(conseiller)))).select("#rien-a-faire"))
			.hasSize(1);
		Long vague = jdbc.sql("select vague_id from binome where id = ?")
			.param(enCours.binome())
			.query(Long.class)
			.single();
		Document repartition = html(mvc
			.perform(get("/vagues/" + vague + "/sorties")
				.with(ComptesDemo.connecte(comptes.coordinateur(enCours.region().code()))))
			.andExpect(status().isOk()));
		assertThat(repartition.select("#situations-de-sortie tbody tr").eachText())
			.containsExactly("Apprentissage par le faire À la fin 0 0 1 0 0 0 1");
		Document duParcours = html(mvc
			.perform(get("/parcours/" + enCours.parcours().id() + "/seances")
				.with(ComptesDemo.connecte(enCours.facilitateur())))
			.andExpect(status().isOk()));
		assertThat(duParcours.select("#situations-de-sortie tbody tr").eachText())
			.as("et pour le parcours, sur son calendrier")
			.containsExactly("Apprentissage par le faire À la fin 0 0 1 0 0 0 1");

		// the end of the parcours with the person, and a rebond to a place nearby
		Long voisin = annuaire.tiersLieu("Point numérique " + Unique.numero(), enCours.region().departement());
		Document sansReponse = html(mvc
			.perform(post("/beneficiaires/" + personne + "/fin/" + orientation).with(csrf())
				.with(ComptesDemo.connecte(enCours.facilitateur()))
				.param("nouveauProjet", "3"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(sansReponse.select("#erreur-fin-" + orientation).text())
			.isEqualTo("Répondez aux deux questions, avec la personne.");
		mvc.perform(post("/beneficiaires/" + personne + "/fin/" + orientation).with(csrf())
			.with(ComptesDemo.connecte(enCours.facilitateur()))
			.param("nouveauProjet", "3")
			.param("competencesProjet", "4")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/beneficiaires/" + personne + "/rebonds/" + orientation).with(csrf())
			.with(ComptesDemo.connecte(enCours.facilitateur()))
			.param("lieu", voisin.toString())
			.param("motif", "Accès libre le mardi")).andExpect(status().is3xxRedirection());

		String base = "http://localhost:" + port;
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, conseiller.identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			p.navigate(base + "/suivis");
			Navigateur.assertSansViolation(p);
			p.navigate(base + page);
			assertThat(p.locator("#sortie-" + orientation).textContent()).contains("Formation")
				.contains("Titre professionnel de secrétaire");
			assertThat(p.locator("#fin-" + orientation + " .rebonds li").textContent()).startsWith("Point numérique ")
				.endsWith(" : Accès libre le mardi");
			assertThat(p.locator("#fin-" + orientation + " dd").allTextContents()).containsExactly("Plutôt oui",
					"Oui, tout à fait");
			Navigateur.assertSansViolation(p);
		}
	}

	@Test
	void the_person_says_how_a_session_went_from_a_phone_and_the_tiers_lieu_reads_the_summary() throws Exception {
		Long seance = enCours.parcours().ateliers().get(0);
		String jeton = carnets.nouveauLien(enCours.conseiller().perimetre(), personne).jeton();
		String base = "http://localhost:" + port;
		try (BrowserContext telephone = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page p = telephone.newPage();
			p.navigate(base + "/carnet/" + jeton);
			p.locator("#lien-seances").click();
			assertThat(p.locator("#mes-seances a").count()).isEqualTo(enCours.parcours().ateliers().size());
			Navigateur.assertSansViolation(p);
			p.locator("#mes-seances a[href$='/seances/" + seance + "']").click();
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
			assertThat(p.locator("#ressenti-erreur").textContent()).isEqualTo("Choisissez une des quatre réponses.");
			Navigateur.assertSansViolation(p);
			p.getByLabel("Ce que je voudrais revoir").fill("Les pièces jointes");
			p.locator("label[for='r-3']").click();
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
			p.locator("#merci").waitFor();
			assertThat(p.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(p);
		}

		mvc.perform(get("/seances/" + seance + "/retours").with(ComptesDemo.connecte(enCours.conseiller())))
			.andExpect(status().isForbidden());
		Document synthese = html(
				mvc.perform(get("/seances/" + seance + "/retours").with(ComptesDemo.connecte(enCours.facilitateur())))
					.andExpect(status().isOk()));
		assertThat(synthese.select("#ressentis tbody td").eachText()).containsExactly("0", "0", "1", "0");
		assertThat(synthese.select("#a-revoir li").eachText()).containsExactly("Les pièces jointes");
		String nom = jdbc.sql("select nom from beneficiaire where id = ?").param(personne).query(String.class).single();
		assertThat(synthese.select("#ressentis, #appris, #a-revoir").text()).doesNotContain(nom);
		mvc.perform(post("/seances/" + seance + "/retours").with(csrf())
			.with(ComptesDemo.connecte(enCours.facilitateur()))
			.param("personne", personne.toString())
			.param("ressenti", "1")).andExpect(status().isConflict());
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, enCours.facilitateur().identifiant(), CompteKit.MOT_DE_PASSE,
					"/ateliers");
			p.navigate(base + "/seances/" + seance);
			p.locator("#lien-retours").click();
			assertThat(p.locator("#reponses").textContent()).startsWith("1 réponse(s)");
			Navigateur.assertSansViolation(p);
		}
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
