package fr.tierslieux.inclusion.beneficiaire.web;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.tierslieux.inclusion.administration.NoticesDInformation;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
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
 * The referral form: errors beside the fields, a person who looks known shown before
 * anything is created, the public information notice, and the form in a real browser.
 */
@WebTest
class OrienterWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	/** The notice in force: an admin test may have published a new one. */
	@Autowired
	NoticesDInformation notices;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	ParcoursEnCours enCours;

	Connecte conseiller;

	String formulaire;

	@BeforeEach
	void unParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		conseiller = enCours.conseiller();
		formulaire = "/orientations/parcours/" + enCours.parcours().id();
	}

	@Test
	void a_wrong_form_says_what_is_wrong_beside_each_field() throws Exception {
		Document page = html(mvc
			.perform(post(formulaire).with(csrf())
				.with(ComptesDemo.connecte(conseiller))
				.param("prenom", "Inès")
				.param("email", "pas-une-adresse")
				.param("telephone", "appelez-moi")
				.param("anneeNaissance", "mille")
				.param("dateConsentement", "2026-01-05")
				.param("versionNotice", notices.enVigueur().version()))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page.select("#nom-erreur").text()).isEqualTo("Indiquez le nom.");
		assertThat(page.select("#email-erreur").text()).isEqualTo("Cette adresse e-mail n'est pas valide.");
		assertThat(page.select("#telephone-erreur").text())
			.isEqualTo("Un téléphone ne contient que des chiffres, des espaces et + . ( ) -.");
		assertThat(page.select("#anneeNaissance-erreur").text())
			.isEqualTo("Indiquez l'année en chiffres, par exemple 1985.");
		assertThat(page.select("#profil-erreur").text()).isEqualTo("Choisissez le profil de la personne.");
		assertThat(page.select("#consentement-erreur").text())
			.isEqualTo("La personne doit avoir lu la notice et consenti avant d'être orientée.");
		assertThat(page.select("#prenom").val()).isEqualTo("Inès");

		Document sansContact = html(
				mvc.perform(personne("Durand" + Unique.numero(), null)).andExpect(status().isUnprocessableContent()));
		assertThat(sansContact.select("#email-erreur").text())
			.startsWith("Indiquez une adresse e-mail ou un téléphone");
	}

	@Test
	void a_person_who_looks_known_is_shown_then_referred_once_confirmed() throws Exception {
		String nom = "Quenardel" + Unique.numero();
		String premiere = mvc.perform(personne(nom, "ines@exemple.invalid"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(premiere).matches("/beneficiaires/\\d+");

		Document doublon = html(mvc.perform(personne(nom, "ines@exemple.invalid")).andExpect(status().isConflict()));
		assertThat(doublon.select("#ressemblances li").eachText())
			.containsExactly("Inès " + nom + ", née en 1988, suivie par votre agence C'est elle : l'orienter");
		assertThat(doublon.select("#ressemblances input[name=personne]").val())
			.isEqualTo(premiere.substring(premiere.lastIndexOf('/') + 1));
		assertThat(doublon.select("input[name=autrePersonne]").val()).isEqualTo("true");

		mvc.perform(personne(nom, "ines@exemple.invalid").param("autrePersonne", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(formulaire + "/connue").with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("personne", premiere.substring(premiere.lastIndexOf('/') + 1))).andExpect(status().isConflict());
	}

	@Test
	void the_notice_is_public_and_the_form_has_no_accessibility_violation() throws Exception {
		assertThat(html(mvc.perform(get("/notice-information")).andExpect(status().isOk())).select("h1").text())
			.isEqualTo("Vos données et ce parcours");
		String base = "http://localhost:" + port;
		try (BrowserContext context = navigateur.browser().newContext()) {
			Page page = Navigateur.seConnecter(context, base, conseiller.identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			page.navigate(base + formulaire);
			Navigateur.assertSansViolation(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Orienter la personne")).click();
			page.getByText("Indiquez le nom.").waitFor();
			Navigateur.assertSansViolation(page);
		}
	}

	MockHttpServletRequestBuilder personne(String nom, String email) {
		MockHttpServletRequestBuilder requete = post(formulaire).with(csrf())
			.with(ComptesDemo.connecte(conseiller))
			.param("nom", nom)
			.param("prenom", "Inès")
			.param("anneeNaissance", "1988")
			.param("profil", "INTERMEDIAIRE")
			.param("diagnosticOutil", "LES_BONS_CLICS")
			.param("diagnosticResultat", "Débutante")
			.param("consentement", "true")
			.param("dateConsentement", "2026-01-05")
			.param("versionNotice", notices.enVigueur().version());
		return email == null ? requete : requete.param("email", email);
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
