package fr.tierslieux.inclusion.badge.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.nimbusds.jwt.SignedJWT;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.badge.ImageDuBadge;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.progression.Moment;
import fr.tierslieux.inclusion.progression.NouveauCritere;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Badges as their users live them: the binôme defines one (each wrong field said beside
 * it), the tiers-lieu is proposed the person who meets it and gives it, the person finds
 * it from their phone, downloads it baked in its image, anybody verifies it, the
 * tiers-lieu revokes it; each page checked by axe, the person's at 320 pixels.
 */
@WebTest
class BadgesWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	PresenceKit presences;

	@Autowired
	ProgressionDUnePersonne progression;

	@Autowired
	CarnetDeBord carnets;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long personne;

	String nom;

	String page;

	@BeforeEach
	void unePersonneQuiARempliLesRegles() {
		enCours = parcoursEnCours.parcoursEnCours();
		nom = "Badgee" + Unique.numero();
		personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				nom, null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		Long orientation = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
		enCours.parcours().ateliers().forEach(a -> presences.emarger(a, personne, PresenceStatut.PRESENT));
		progression.definir(enCours.facilitateur().perimetre(), personne, orientation,
				List.of(new NouveauCritere("Je sais modéliser un objet", "PIX:3.1"),
						new NouveauCritere("J'ose utiliser la découpeuse", null),
						new NouveauCritere("Je présente mon projet", null)));
		List<Long> criteres = jdbc.sql("select id from critere_progression where orientation_id = ? order by ordre")
			.param(orientation)
			.query(Long.class)
			.list();
		progression.noter(enCours.facilitateur().perimetre(), personne, orientation, Moment.FIN, null,
				Map.of(criteres.get(0), 4, criteres.get(1), 3, criteres.get(2), 2));
		page = "/binomes/" + enCours.binome() + "/badges";
	}

	@Test
	void a_badge_form_says_what_is_wrong_beside_each_field_and_keeps_what_was_typed() throws Exception {
		Connecte conseiller = enCours.conseiller();
		Document refuse = html(mvc
			.perform(multipart(page).file(new MockMultipartFile("image", "badge.gif", "image/gif", "GIF89a".getBytes()))
				.with(csrf())
				.with(ComptesDemo.connecte(conseiller))
				.param("nom", " ")
				.param("description", "Reconnaît la fabrication")
				.param("criteres", "")
				.param("presenceMinimale", "150")
				.param("criteresAtteints", "deux")
				.param("noteMinimale", "3"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(refuse.select("#nom-erreur").text()).isEqualTo("Donnez un nom au badge.");
		assertThat(refuse.select("#criteres-erreur").text())
			.isEqualTo("Dites ce qu'il faut avoir fait pour recevoir le badge.");
		assertThat(refuse.select("#presenceMinimale-erreur").text()).isEqualTo("La présence minimale va de 0 à 100 %.");
		assertThat(refuse.select("#criteresAtteints-erreur").text()).isEqualTo("Indiquez un nombre entier de 0 à 4.");
		assertThat(refuse.select("#nom").attr("aria-describedby")).isEqualTo("nom-erreur");
		assertThat(refuse.select("#description").text()).isEqualTo("Reconnaît la fabrication");

		Document imageRefusee = html(mvc
			.perform(multipart(page).file(new MockMultipartFile("image", "badge.gif", "image/gif", "GIF89a".getBytes()))
				.with(csrf())
				.with(ComptesDemo.connecte(conseiller))
				.param("nom", "Fabriquer")
				.param("description", "Reconnaît la fabrication")
				.param("criteres", "Toutes les séances")
				.param("presenceMinimale", "100")
				.param("criteresAtteints", "2")
				.param("noteMinimale", "3"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(imageRefusee.select("#image-erreur").text())
			.isEqualTo("Ce fichier n'est pas une image PNG lisible.");
		assertThat(jdbc.sql("select count(*) from badge where binome_id = ?")
			.param(enCours.binome())
			.query(Long.class)
			.single()).isZero();

		Connecte ailleurs = parcoursEnCours.parcoursEnCours().facilitateur();
		mvc.perform(multipart(page).with(csrf())
			.with(ComptesDemo.connecte(ailleurs))
			.param("nom", "Fabriquer")
			.param("description", "Reconnaît la fabrication")
			.param("criteres", "Toutes les séances")
			.param("presenceMinimale", "100")
			.param("criteresAtteints", "2")
			.param("noteMinimale", "3")).andExpect(status().isNotFound());
	}

	@Test
	void the_tiers_lieu_gives_the_badge_the_person_keeps_it_anybody_verifies_it_and_it_can_be_revoked()
			throws Exception {
		String base = "http://localhost:" + port;
		Connecte facilitateur = enCours.facilitateur();
		mvc.perform(
				multipart(page).file(new MockMultipartFile("image", "badge.png", "image/png", ImageDuBadge.parDefaut()))
					.with(csrf())
					.with(ComptesDemo.connecte(enCours.conseiller()))
					.param("nom", "Fabriquer au fablab")
					.param("description", "Reconnaît la capacité à mener un projet de fabrication.")
					.param("criteres", "Toutes les séances, deux critères atteints.")
					.param("presenceMinimale", "100")
					.param("criteresAtteints", "2")
					.param("noteMinimale", "3")
					.param("competences", "PIX:3.1", "DIGCOMP:5.3"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				html(mvc.perform(get(page).with(ComptesDemo.connecte(enCours.conseiller())))).select("#propositions"))
			.as("l'agence ne décerne pas")
			.isEmpty();

		String code;
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, facilitateur.identifiant(), CompteKit.MOT_DE_PASSE,
					"/ateliers");
			p.navigate(base + "/binomes/" + enCours.binome());
			p.locator("#lien-badges").click();
			assertThat(p.locator("#propositions tbody tr").allTextContents()).singleElement()
				.satisfies(ligne -> assertThat(ligne).contains("Alex " + nom)
					.contains("2 séance(s) sur 2 ; 2 critère(s) atteint(s)"));
			Navigateur.assertSansViolation(p);
			p.locator("#propositions button").click();
			p.locator("#attribue").waitFor();
			assertThat(p.locator("#aucune-proposition").count()).isEqualTo(1);
			assertThat(p.locator("#attribues tbody tr").allTextContents()).singleElement()
				.satisfies(ligne -> assertThat(ligne).contains("Alex " + nom).contains("Fabriquer au fablab"));
			Navigateur.assertSansViolation(p);
			code = jdbc.sql("""
					select ba.code from badge_attribue ba join orientation o on o.id = ba.orientation_id
					where o.beneficiaire_id = ?""").param(personne).query(String.class).single();
		}

		String jwt = mvc.perform(get("/badges/" + code + "/badge.jwt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] png = mvc.perform(get("/badges/" + code + "/badge.png"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageDuBadge.lireCuit(png)).as("l'image porte le badge signé").contains(jwt);
		String json = mvc.perform(get("/badges/" + code + "/badge.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"OpenBadgeCredential\"").contains("Fabriquer au fablab").doesNotContain(nom);
		assertThat(SignedJWT.parse(jwt).getHeader().getKeyID()).isNotBlank();
		assertThat(mvc.perform(get("/badges/cles")).andReturn().getResponse().getContentAsString())
			.contains(SignedJWT.parse(jwt).getHeader().getKeyID())
			.doesNotContain("\"d\"");

		String jeton = carnets.nouveauLien(enCours.conseiller().perimetre(), personne).jeton();
		try (BrowserContext telephone = navigateur.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
			Page p = telephone.newPage();
			p.navigate(base + "/carnet/" + jeton);
			p.locator("#lien-badges").click();
			assertThat(p.locator("#mes-badges h2").allTextContents()).containsExactly("Fabriquer au fablab");
			assertThat(p.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(p);
			p.locator("#mes-badges a").click();
			assertThat(p.locator("#etat").textContent()).startsWith("Badge valide");
			assertThat(p.locator("dl").textContent()).contains("Alex B.").doesNotContain(nom);
			assertThat(p.evaluate("document.documentElement.scrollWidth")).isEqualTo(320);
			Navigateur.assertSansViolation(p);

			p.navigate(base + "/badges/verification");
			Navigateur.assertSansViolation(p);
			p.locator("#credential").fill("pas un badge");
			p.locator("#form-verifier button").click();
			assertThat(p.locator("#illisible").textContent()).contains("ne contient pas de badge signé");
			p.locator("#credential").fill(jwt);
			p.locator("#form-verifier button").click();
			assertThat(p.locator("#etat").textContent()).startsWith("Badge valide");
		}

		Long attribue = jdbc.sql("select id from badge_attribue where code = ?").param(code).query(Long.class).single();
		String revocation = page + "/attribues/" + attribue + "/revocation";
		Document sansMotif = html(mvc.perform(post(revocation).with(csrf()).with(ComptesDemo.connecte(facilitateur)))
			.andExpect(status().isUnprocessableContent()));
		assertThat(sansMotif.select("#motif-" + attribue + "-erreur").text()).startsWith("Dites pourquoi ce badge");
		mvc.perform(
				post(revocation).with(csrf()).with(ComptesDemo.connecte(enCours.conseiller())).param("motif", "Erreur"))
			.andExpect(status().isForbidden());
		mvc.perform(post(revocation).with(csrf())
			.with(ComptesDemo.connecte(facilitateur))
			.param("motif", "Décerné par erreur")).andExpect(status().is3xxRedirection());
		Document revoque = html(mvc.perform(get("/badges/" + code)).andExpect(status().isOk()));
		assertThat(revoque.select("#etat").text()).isEqualTo("Badge révoqué par celui qui l'avait décerné.");
		assertThat(revoque.select("#motif").text()).endsWith(": Décerné par erreur");
		mvc.perform(get("/badges/inconnu")).andExpect(status().isNotFound());
	}

	@Test
	void an_admin_rotates_the_signing_key_and_earlier_keys_stay_published() throws Exception {
		Connecte admin = comptes.admin();
		Document avant = html(mvc.perform(get("/administration/badges").with(ComptesDemo.connecte(admin)))
			.andExpect(status().isOk()));
		List<String> clesAvant = avant.select("#cles code").eachText();
		mvc.perform(post("/administration/badges/rotation").with(csrf()).with(ComptesDemo.connecte(admin)))
			.andExpect(status().is3xxRedirection());
		Document apres = html(mvc.perform(get("/administration/badges").with(ComptesDemo.connecte(admin))));
		assertThat(apres.select("#cles code").eachText()).hasSize(clesAvant.size() + 1).containsAll(clesAvant);
		mvc.perform(get("/administration/badges").with(ComptesDemo.connecte(enCours.facilitateur())))
			.andExpect(status().isForbidden());
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, "http://localhost:" + port, admin.identifiant(),
					CompteKit.MOT_DE_PASSE, "/tableau-de-bord");
			p.navigate("http://localhost:" + port + "/administration/badges");
			Navigateur.assertSansViolation(p);
		}
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
