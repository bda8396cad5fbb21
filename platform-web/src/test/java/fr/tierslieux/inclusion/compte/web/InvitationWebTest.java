package fr.tierslieux.inclusion.compte.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.web.ClientHttp;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordination invites a facilitator from the accounts page; the mail reaches a real
 * SMTP server; its link, opened without an account, checks the password beside its field,
 * creates the account, and works only once.
 */
@WebTest
class InvitationWebTest {

	@LocalServerPort
	int port;

	private static final Pattern LIEN = Pattern.compile("http://localhost(?::\\d+)?/invitation/([A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	CompteService compteService;

	@Test
	void an_invitation_goes_from_the_form_to_the_mail_to_a_new_account_that_logs_in() throws Exception {
		RegionDeTest region = territoire.region();
		Connecte coordination = comptes.coordinateur(region.code());
		Long lieu = annuaire.tiersLieu("La Fabrique " + region.code(), region.departement());

		Document formulaire = html(mvc.perform(get("/comptes").with(ComptesDemo.connecte(coordination))));
		assertThat(formulaire.select("#structure option").eachAttr("value")).containsExactly("", "R:" + region.code(),
				"T:" + lieu);

		Document erreurs = html(mvc
			.perform(post("/comptes/invitations").param("email", "pas-une-adresse")
				.param("role", "CONSEILLER")
				.param("structure", "T:" + lieu)
				.with(csrf())
				.with(ComptesDemo.connecte(coordination)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(erreurs.select("#email-erreur").text())
			.isEqualTo("Adresse e-mail invalide, par exemple prenom.nom@exemple.fr.");
		assertThat(erreurs.select("#nomAffiche-erreur").text())
			.isEqualTo("Indiquez le prénom et le nom de la personne.");
		assertThat(erreurs.select("#structure-erreur").text())
			.isEqualTo("Un conseiller rejoint une agence : choisissez une agence.");
		assertThat(erreurs.select("#email").val()).as("saisie gardée").isEqualTo("pas-une-adresse");
		assertThat(smtp.getReceivedMessages()).isEmpty();

		String email = "sacha." + region.code().toLowerCase() + "@exemple.fr";
		mvc.perform(post("/comptes/invitations").param("email", email)
			.param("nomAffiche", "Sacha Facilitatrice")
			.param("role", "FACILITATEUR")
			.param("structure", "T:" + lieu)
			.with(csrf())
			.with(ComptesDemo.connecte(coordination))).andExpect(status().is3xxRedirection());
		assertThat(html(mvc.perform(get("/comptes").with(ComptesDemo.connecte(coordination))))
			.select("#invitations tbody tr")
			.eachText()).singleElement().asString().contains(email, "Facilitation", "En attente");

		String jeton = jeton(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
		Document page = html(mvc.perform(get("/invitation/" + jeton)).andExpect(status().isOk()));
		assertThat(page.select("main p").first().text()).contains("Sacha Facilitatrice", "La Fabrique");

		Document court = html(mvc.perform(
				post("/invitation/" + jeton).param("motDePasse", "court").param("confirmation", "court").with(csrf()))
			.andExpect(status().isUnprocessableContent()));
		assertThat(court.select("#motDePasse-erreur").text())
			.isEqualTo("Au moins 12 caractères : une phrase de plusieurs mots se retient mieux.");
		Document fuite = html(mvc
			.perform(post("/invitation/" + jeton).param("motDePasse", "1qaz2wsx3edc")
				.param("confirmation", "1qaz2wsx3edc")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent()));
		assertThat(fuite.select("#motDePasse-erreur").text()).startsWith("Ce mot de passe figure dans les listes");
		assertThat(compteService.compte(email)).as("rien n'est créé").isEmpty();
		Document different = html(mvc
			.perform(post("/invitation/" + jeton).param("motDePasse", "une phrase de passe")
				.param("confirmation", "une autre phrase")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent()));
		assertThat(different.select("#confirmation-erreur").text())
			.isEqualTo("Les deux mots de passe ne sont pas identiques.");

		mvc.perform(post("/invitation/" + jeton).param("motDePasse", "une phrase de passe")
			.param("confirmation", "une phrase de passe")
			.with(csrf())).andExpect(status().isOk());
		Connecte cree = compteService.compte(email).orElseThrow().connecte();
		assertThat(cree.role()).isEqualTo(Role.FACILITATEUR);
		assertThat(cree.perimetre().tiersLieux()).containsExactly(lieu);
		mvc.perform(formLogin("/login").user(email).password("une phrase de passe")).andExpect(authenticated());

		assertThat(html(mvc.perform(get("/invitation/" + jeton)).andExpect(status().isGone())).select(".alert").text())
			.startsWith("Ce lien a déjà servi");
		mvc.perform(get("/invitation/inconnu")).andExpect(status().isNotFound());
	}

	@Test
	void only_an_admin_disables_an_account() throws Exception {
		RegionDeTest region = territoire.region();
		Connecte coordination = comptes.coordinateur(region.code());
		Connecte conseiller = comptes.conseiller(annuaire.agence(region.departement()));

		mvc.perform(post("/comptes/gestion/" + conseiller.id() + "/actif").param("version", "0")
			.param("actif", "false")
			.with(csrf())
			.with(ComptesDemo.connecte(coordination))).andExpect(status().isForbidden());
		assertThat(compteService.compte(conseiller.identifiant()).orElseThrow().actif()).isTrue();

		ClientHttp connecte = new ClientHttp(port).seConnecter(conseiller.identifiant(), CompteKit.MOT_DE_PASSE);
		assertThat(connecte.get("/beneficiaires").statusCode()).isEqualTo(200);

		Connecte admin = comptes.admin();
		Document liste = html(mvc
			.perform(get("/comptes").param("texte", conseiller.identifiant()).with(ComptesDemo.connecte(admin))));
		String version = liste.select("#comptes form input[name=version]").val();
		mvc.perform(post("/comptes/gestion/" + conseiller.id() + "/actif").param("version", version)
			.param("actif", "false")
			.with(csrf())
			.with(ComptesDemo.connecte(admin))).andExpect(status().is3xxRedirection());
		assertThat(compteService.compte(conseiller.identifiant()).orElseThrow().actif()).isFalse();
		assertThat(connecte.get("/beneficiaires").headers().firstValue("Location"))
			.as("sa session ouverte avant s'arrête aussi")
			.hasValueSatisfying(lieu -> assertThat(lieu).endsWith("/login"));
		mvc.perform(formLogin("/login").user(conseiller.identifiant()).password(CompteKit.MOT_DE_PASSE))
			.andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
				.unauthenticated());
	}

	private static String jeton(String corps) {
		Matcher lien = LIEN.matcher(corps.replace("=\r\n", "").replace("=\n", ""));
		assertThat(lien.find()).as("lien dans le courriel :\n" + corps).isTrue();
		return lien.group(1);
	}

	private static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
