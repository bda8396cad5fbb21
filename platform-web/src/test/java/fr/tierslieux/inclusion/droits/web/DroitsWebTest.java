package fr.tierslieux.inclusion.droits.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's rights as their counsellor exercises them in a browser (a correction, a
 * printable copy, a withdrawn consent), the JSON copy, the records soon anonymised, and
 * who may do none of it.
 */
@WebTest
class DroitsWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	JdbcClient sql;

	ParcoursEnCours enCours;

	Long personne;

	String nom;

	@BeforeEach
	void unePersonneEnParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		nom = "Droits" + Unique.numero();
		personne = beneficiaires.oriente(enCours, nom, nom.toLowerCase() + "@exemple.fr",
				OrientationStatut.EN_PARCOURS);
		sql.sql("""
				insert into carnet_entree (beneficiaire_id, acquis, ecrit_par, ecrit_le)
				values (?, 'Sait joindre un CV', null, now())""").param(personne).update();
	}

	@Test
	void the_counsellor_corrects_prints_and_erases_at_the_persons_request() {
		String base = "http://localhost:" + port;
		try (BrowserContext agence = navigateur.browser().newContext()) {
			Page page = Navigateur.seConnecter(agence, base, enCours.conseiller().identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			page.navigate(base + "/beneficiaires/" + personne);
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Droits de la personne (copie, correction, effacement)"))
				.click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Droits de Alex " + nom);
			Navigateur.assertSansViolation(page);

			page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la correction")).click();
			assertThat(page.locator("#email-erreur").textContent()).isEqualTo("Cette adresse e-mail n'est pas valide.");
			Navigateur.assertSansViolation(page);
			page.getByLabel("Adresse e-mail").fill("alex.nouvelle@exemple.fr");
			page.getByLabel("Prénom").fill("Alexandra");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la correction")).click();
			assertThat(page.locator("#rectifiee").textContent()).isEqualTo("La correction est enregistrée.");
			assertThat(page.getByLabel("Adresse e-mail").inputValue()).isEqualTo("alex.nouvelle@exemple.fr");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page à imprimer")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Données de Alexandra " + nom);
			assertThat(page.locator("main").textContent()).contains("alex.nouvelle@exemple.fr")
				.contains("Sait joindre un CV")
				.contains("En parcours");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Imprimer")).isVisible())
				.isTrue();
			Navigateur.assertSansViolation(page);
			page.goBack();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Effacer et rendre la fiche anonyme"))
				.click();
			assertThat(page.locator("#motif-erreur").textContent()).isEqualTo("Dites ce que demande la personne.");
			assertThat(page.locator("#confirmation-erreur").textContent())
				.isEqualTo("Cochez la case pour confirmer la demande.");
			Navigateur.assertSansViolation(page);
			page.getByLabel("retire son accord pour être accompagnée dans le programme").check();
			page.getByLabel("Je confirme : la personne en a fait la demande, et je sais que ce n'est pas réversible.")
				.check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Effacer et rendre la fiche anonyme"))
				.click();
			page.waitForURL(base + "/droits");
			assertThat(page.locator("#effacee").textContent()).startsWith("L'accord de la personne est retiré");
			Navigateur.assertSansViolation(page);
		}
		assertThat(sql.sql("select prenom, nom, email, effacement_motif from beneficiaire where id = ?")
			.param(personne)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single()).isEqualTo(tuple("Personne", "anonymisée", null, "RETRAIT_CONSENTEMENT"));
		assertThat(sql.sql("""
				select action from journal_audit where objet_type = 'BENEFICIAIRE' and objet_id = ?
				and action like 'DROIT%' order by id""").param(personne).query(String.class).list())
			.containsExactly("DROIT_RECTIFICATION", "DROIT_ACCES", "DROIT_RETRAIT_CONSENTEMENT");
	}

	@Test
	void the_json_copy_holds_the_record_and_is_only_for_the_persons_agence() throws Exception {
		String chemin = "/droits/personnes/" + personne + "/donnees.json";
		MockHttpServletResponse reponse = mvc.perform(get(chemin).with(ComptesDemo.connecte(enCours.conseiller())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(reponse.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"donnees-personnelles-" + personne + ".json\"");
		JsonNode json = JsonMapper.builder().build().readTree(reponse.getContentAsString(StandardCharsets.UTF_8));
		assertThat(json.get("personne").get("nom").asString()).isEqualTo(nom);
		assertThat(json.get("orientations").get(0).get("etapes")).hasSize(3);
		assertThat(json.get("carnet").get(0).get("acquis").asString()).isEqualTo("Sait joindre un CV");

		mvc.perform(get(chemin).with(ComptesDemo.connecte(enCours.facilitateur()))).andExpect(status().isForbidden());
		mvc.perform(get(chemin).with(ComptesDemo.connecte(parcoursEnCours.parcoursEnCours().conseiller())))
			.andExpect(status().isNotFound());
		Document conflit = Jsoup.parse(mvc
			.perform(post("/droits/personnes/" + personne + "/rectification").with(csrf())
				.with(ComptesDemo.connecte(enCours.conseiller()))
				.param("version", "999")
				.param("nom", "Autre")
				.param("prenom", "Alex")
				.param("email", "autre@exemple.fr"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(conflit.select("#conflit").text()).isNotBlank();
		assertThat(conflit.select("#nom").val()).as("la fiche telle qu'elle est").isEqualTo(nom);
		mvc.perform(post("/droits/personnes/" + personne + "/effacement").with(csrf())
			.with(ComptesDemo.connecte(enCours.conseiller()))
			.param("motif", "CONSERVATION")
			.param("confirmation", "true")).andExpect(status().isUnprocessableContent());
		assertThat(sql.sql("select nom from beneficiaire where id = ?").param(personne).query(String.class).single())
			.isEqualTo(nom);
	}

	@Test
	void the_counsellor_sees_exactly_the_records_soon_anonymised_and_keeps_one_by_noting_a_contact() throws Exception {
		Long ancienne = beneficiaires.oriente(enCours, "Ancienne" + Unique.numero(), "ancienne@exemple.fr", null);
		sql.sql("update beneficiaire set dernier_contact_le = current_date - interval '2 years' + interval '10 days' where id = ?")
			.param(ancienne)
			.update();
		Document liste = html("/droits");
		assertThat(liste.select("#sans-contact tbody tr th a").eachAttr("href"))
			.containsExactly("/droits/personnes/" + ancienne);

		mvc.perform(post("/droits/personnes/" + ancienne + "/contact").with(csrf())
			.with(ComptesDemo.connecte(enCours.conseiller()))).andExpect(status().is3xxRedirection());
		assertThat(html("/droits").select("#sans-contact")).isEmpty();
		assertThat(sql.sql("select dernier_contact_le from beneficiaire where id = ?")
			.param(ancienne)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")));
		mvc.perform(post("/droits/personnes/" + ancienne + "/contact").with(csrf())
			.with(ComptesDemo.connecte(parcoursEnCours.parcoursEnCours().conseiller())))
			.andExpect(status().isNotFound());
	}

	private Document html(String chemin) throws Exception {
		return Jsoup.parse(mvc.perform(get(chemin).with(ComptesDemo.connecte(enCours.conseiller())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
