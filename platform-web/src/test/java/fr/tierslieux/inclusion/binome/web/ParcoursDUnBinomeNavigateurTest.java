package fr.tierslieux.inclusion.binome.web;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.tierslieux.inclusion.annuaire.Adresse;
import fr.tierslieux.inclusion.annuaire.AgenceType;
import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of T0 and T1 in a real browser, across the coordination and both referents:
 * invitations read from the mail, a vague and its call for volunteers, the binôme formed
 * with the nearest agence, the fiche ping-pong answered in turn, the canvas written and
 * validated, the parcours' presentation sheet, then its first session planned and moved
 * (T2). axe-core checks every page it visits.
 */
@WebTest
class ParcoursDUnBinomeNavigateurTest extends AvecNavigateur {

	private static final Pattern LIEN = Pattern.compile("http://localhost:\\d+/invitation/([A-Za-z0-9_-]{43})");

	private static final String PHRASE = "une phrase de passe solide";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireService annuaire;

	@Autowired
	CompteKit comptes;

	@Test
	void from_the_invitations_to_a_validated_parcours() throws Exception {
		RegionDeTest region = territoire.region();
		Connecte coordination = comptes.coordinateur(region.code());
		String n = String.valueOf(Unique.numero());
		String lieu = "La Fabrique " + n;
		annuaire.creerTiersLieu(lieu,
				new Adresse("3 rue du Four", "93100", "Montreuil", null, new BigDecimal("48.86"),
						new BigDecimal("2.44")),
				region.departement(), TiersLieuRole.EXPERIMENTATEUR, Set.of(TiersLieuTypologie.FABLAB), null);
		String agenceProche = "Agence proche " + n;
		annuaire.creerAgence("P" + n, agenceProche, AgenceType.AGENCE_LOCALE,
				new Adresse(null, null, "Montreuil", null, new BigDecimal("48.87"), new BigDecimal("2.45")),
				region.departement(), null);
		annuaire.creerAgence("L" + n, "Agence lointaine " + n, AgenceType.AGENCE_LOCALE,
				new Adresse(null, null, "Meaux", null, new BigDecimal("48.96"), new BigDecimal("2.88")),
				region.departement(), null);
		String conseiller = "camille." + n + "@exemple.fr";
		String facilitation = "sacha." + n + "@exemple.fr";

		try (BrowserContext coord = navigateur.browser().newContext();
				BrowserContext agence = navigateur.browser().newContext();
				BrowserContext tiersLieu = navigateur.browser().newContext()) {
			// the coordination invites both referents
			Page c = Navigateur.seConnecter(coord, url(""), coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			assertThat(c.locator("#premiers-pas li").allTextContents()).hasSize(4);
			Navigateur.assertSansViolation(c);
			c.navigate(url("/comptes"));
			Navigateur.assertSansViolation(c);
			inviter(c, conseiller, "Camille Conseillère", "Conseiller", agenceProche);
			inviter(c, facilitation, "Sacha Facilitatrice", "Facilitation", lieu);
			Navigateur.assertSansViolation(c);

			MimeMessage[] courriels = smtp.getReceivedMessages();
			assertThat(courriels).hasSize(2);
			Page a = accepter(agence, jeton(courriels[0]), conseiller, "/beneficiaires");
			Page t = accepter(tiersLieu, jeton(courriels[1]), facilitation, "/ateliers");

			// a vague, the call for volunteers, the binôme
			c.navigate(url("/vagues"));
			String vague = "Vague " + n;
			c.getByLabel("Nom de la vague").fill(vague);
			c.getByLabel("Région").selectOption(region.code());
			c.getByLabel("Début").fill("2026-01-05");
			c.getByLabel("Fin").fill("2027-06-30");
			c.getByLabel("Enveloppe de coordination (€)").fill("80000");
			c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir une vague")).click();
			c.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(vague)).click();
			Navigateur.assertSansViolation(c);

			t.navigate(url("/appels"));
			Navigateur.assertSansViolation(t);
			t.getByLabel("Capacités d'accueil").fill("Un fablab de 80 m², 12 postes");
			t.getByLabel("Votre proposition").fill("Un parcours par le faire");
			t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Porter le tiers-lieu volontaire"))
				.click();
			t.getByText("Candidature envoyée").waitFor();
			Navigateur.assertSansViolation(t);

			c.reload();
			c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retenir")).click();
			c.getByText("Candidature retenue").waitFor();
			c.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Former un binôme")).click();
			c.getByLabel("Tiers-lieu retenu").selectOption(new SelectOption().setLabel(lieu + " (Montreuil)"));
			c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher les référents possibles"))
				.click();
			Locator agences = c.getByLabel("Agence France Travail");
			assertThat(agences.locator("optgroup").first().locator("option").allTextContents()).first()
				.asString()
				.startsWith(agenceProche);
			agences.selectOption(new SelectOption().setIndex(1));
			c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher les référents possibles"))
				.click();
			Navigateur.assertSansViolation(c);
			c.getByLabel("Référent de l'agence").selectOption(new SelectOption().setIndex(1));
			c.getByLabel("Référent du tiers-lieu").selectOption(new SelectOption().setIndex(1));
			c.getByLabel("La confiance en soi").check();
			c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Former le binôme")).click();
			c.waitForURL(java.util.regex.Pattern.compile(".*/binomes/\\d+$"));
			String binome = c.url().replace(url(""), "");
			Navigateur.assertSansViolation(c);

			// the fiche ping-pong, in turn
			a.navigate(url(binome + "/fiche"));
			Navigateur.assertSansViolation(a);
			repondre(a);
			t.navigate(url(binome + "/fiche"));
			t.getByText("C'est à votre tour de répondre.").waitFor();
			repondre(t);
			Navigateur.assertSansViolation(t);

			c.navigate(url(binome));
			c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passer en T1 Co-construire")).click();
			c.getByText("Le binôme est passé en T1 Co-construire.").waitFor();
			Navigateur.assertSansViolation(c);

			// the canvas, written, validated by each side, then by the coordination
			a.navigate(url(binome + "/canevas"));
			Navigateur.assertSansViolation(a);
			ecrireLeCanevas(a, n);
			a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider le canevas")).click();
			a.getByText("Votre validation est enregistrée.").waitFor();
			Navigateur.assertSansViolation(a);
			t.navigate(url(binome + "/canevas"));
			t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider le canevas")).click();
			t.getByText("Votre validation est enregistrée.").waitFor();

			c.navigate(url(binome + "/canevas"));
			c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider le parcours")).click();
			c.getByText("Le parcours est validé").waitFor();
			c.navigate(url(binome));
			assertThat(c.locator("[aria-current=step]").textContent()).isEqualTo("T2 Mener les parcours");
			Navigateur.assertSansViolation(c);

			a.navigate(url(binome));
			a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fiche de présentation du parcours"))
				.click();
			assertThat(a.locator("h1").textContent()).isEqualTo("Parcours par le faire " + n);
			Navigateur.assertSansViolation(a);
			APIResponse pdf = a.request().get(a.url() + "/presentation.pdf");
			assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
			assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

			// T2: the facilitator plans the first session from the binôme's page, then
			// moves it
			t.navigate(url(binome));
			t.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Séances et calendrier de « Parcours par le faire " + n + " »"))
				.click();
			assertThat(t.locator("#aucune-seance").textContent()).isEqualTo("Aucune séance n'est encore planifiée.");
			assertThat(t.getByLabel("Lieu").inputValue()).as("le lieu du canevas").isEqualTo("La Fabrique, Montreuil");
			t.getByLabel("Intitulé").fill("Découvrir la découpe laser");
			t.getByLabel("Genre de séance").selectOption("PRATIQUE_FABLAB");
			t.getByLabel("Date").fill("2026-04-07");
			t.getByLabel("Heure de début").fill("09:30");
			t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier la séance")).click();
			t.getByText("Séance « Découvrir la découpe laser » planifiée.").waitFor();
			assertThat(t.locator("#calendrier li").textContent()).contains("mardi 7 avril, 9 h 30 – 12 h 30");
			Navigateur.assertSansViolation(t);
			t.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Découvrir la découpe laser")).click();
			t.getByLabel("Heure de début").fill("14:00");
			t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			t.getByText("Séance modifiée").waitFor();
			Navigateur.assertSansViolation(t);
		}
	}

	private void inviter(Page c, String email, String nom, String role, String structure) {
		c.getByLabel("Adresse e-mail").fill(email);
		c.getByLabel("Prénom et nom").fill(nom);
		c.getByLabel("Rôle").selectOption(new SelectOption().setLabel(role));
		c.getByLabel("Structure")
			.selectOption(new SelectOption().setLabel(c.getByLabel("Structure")
				.locator("option")
				.filter(new Locator.FilterOptions().setHasText(structure))
				.first()
				.textContent()));
		c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l'invitation")).click();
		c.getByText("Invitation envoyée à " + email).waitFor();
	}

	private Page accepter(BrowserContext context, String jeton, String email, String accueil) {
		Page page = context.newPage();
		page.navigate(url("/invitation/" + jeton));
		Navigateur.assertSansViolation(page);
		page.getByLabel("Choisissez votre mot de passe").fill(PHRASE);
		page.getByLabel("Confirmez le mot de passe").fill(PHRASE);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter l'invitation")).click();
		page.getByText("Bienvenue").waitFor();
		Navigateur.assertSansViolation(page);
		return Navigateur.seConnecter(context, url(""), email, PHRASE, accueil);
	}

	private static void repondre(Page page) {
		Locator reponses = page.locator("textarea[name^='reponse.']");
		for (int i = 0; i < reponses.count(); i++) {
			reponses.nth(i).fill("Notre réponse n° " + (i + 1));
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et passer la main")).click();
		page.getByText("fiche passée à l'autre côté").waitFor();
	}

	private static void ecrireLeCanevas(Page a, String n) {
		champ(a, "Intitulé du parcours").fill("Parcours par le faire " + n);
		champ(a, "Typologie").selectOption("APPRENTISSAGE_PAR_LE_FAIRE");
		champ(a, "Format").selectOption("COURT");
		for (String champ : new String[] { "Profils de bénéficiaires visés", "Objectifs",
				"Temps de préparation en amont des ateliers", "Phase 1 — Découverte du lieu et du groupe",
				"Phase 2 — Apprentissages", "Phase 3 — Mise en pratique", "Phase 4 — Projet et suite du parcours",
				"Plan d'évaluation" }) {
			champ(a, champ).fill("À écrire ensemble : " + champ);
		}
		champ(a, "Lieu des ateliers").fill("La Fabrique, Montreuil");
		champ(a, "Comment s'y rendre").fill("Métro ligne 9, arrêt Robespierre");
		champ(a, "Début").fill("2026-04-01");
		champ(a, "Fin").fill("2026-06-30");
		champ(a, "Nombre de places").fill("12");
		a.locator("#carte-PIX-1\\.1").check();
		a.locator("#carte-CONTRAINTE-C02").check();
		a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le canevas")).click();
		a.getByText("Canevas enregistré.").waitFor();
	}

	private static Locator champ(Page page, String libelle) {
		return page.getByLabel(libelle, new Page.GetByLabelOptions().setExact(true));
	}

	private static String jeton(MimeMessage courriel) {
		String corps = GreenMailUtil.getBody(courriel).replace("=\r\n", "").replace("=\n", "");
		Matcher lien = LIEN.matcher(corps);
		assertThat(lien.find()).as(corps).isTrue();
		return lien.group(1);
	}

	private String url(String chemin) {
		return "http://localhost:" + port + chemin;
	}

}
