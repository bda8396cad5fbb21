package fr.tierslieux.inclusion.beneficiaire.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop of T2 in a real browser, two people at work: the counsellor refers a
 * person from the parcours' calendar, the facilitator accepts and marks them present at a
 * session, and the counsellor finds the decision and the attendance on the person's page.
 * axe-core checks every page on the way.
 */
@WebTest
class BoucleDUneOrientationNavigateurTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Test
	void referral_acceptance_attendance_and_the_counsellors_view() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		String base = "http://localhost:" + port;
		String nom = "Boucle" + Unique.numero();
		try (BrowserContext agence = navigateur.browser().newContext();
				BrowserContext tiersLieu = navigateur.browser().newContext()) {
			Page a = Navigateur.seConnecter(agence, base, enCours.conseiller().identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			a.navigate(base + "/parcours/" + enCours.parcours().id() + "/seances");
			a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Orienter une personne vers ce parcours"))
				.click();
			Navigateur.assertSansViolation(a);
			a.getByLabel("Prénom").fill("Lina");
			a.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(nom);
			a.getByLabel("Adresse e-mail").fill("lina." + nom.toLowerCase() + "@exemple.invalid");
			a.getByLabel("Profil").selectOption("INTERMEDIAIRE");
			a.getByLabel("Outil de diagnostic").selectOption("LES_BONS_CLICS");
			a.getByLabel("Résultat (niveau, score)").fill("Débutante");
			a.getByLabel(
					"La personne a lu ou entendu la notice d'information et accepte d'être orientée vers ce parcours.")
				.check();
			a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Orienter la personne")).click();
			a.getByText("Personne orientée : le tiers-lieu va étudier la proposition.").waitFor();
			String fiche = a.url();
			assertThat(a.locator("#orientations tbody td .badge").textContent()).isEqualTo("Proposée");
			Navigateur.assertSansViolation(a);

			Page t = Navigateur.seConnecter(tiersLieu, base, enCours.facilitateur().identifiant(),
					CompteKit.MOT_DE_PASSE, "/ateliers");
			t.navigate(fiche);
			t.getByLabel("Nouveau statut").selectOption("ACCEPTEE");
			t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
			t.waitForURL(fiche);
			assertThat(t.locator("#orientations tbody td .badge").textContent()).isEqualTo("Acceptée");
			t.navigate(base + "/seances/" + enCours.parcours().ateliers().get(0) + "/emargement");
			t.getByText("Présent", new Page.GetByTextOptions().setExact(true)).click();
			t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la feuille")).click();
			t.locator("#feuille-enregistree").waitFor();
			assertThat(t.locator("#feuille-enregistree").textContent())
				.isEqualTo("Feuille enregistrée : 1 personne(s) marquée(s) sur 1.");
			Navigateur.assertSansViolation(t);
			// the tiers-lieu's month, all its parcours together
			t.navigate(base + "/agenda?mois=2026-01");
			assertThat(t.locator("#agenda li").count()).isEqualTo(enCours.parcours().ateliers().size());
			assertThat(t.locator("h1").textContent()).startsWith("Agenda de La Fabrique");
			Navigateur.assertSansViolation(t);

			a.navigate(fiche);
			assertThat(a.locator("#orientations tbody td .badge").textContent()).isEqualTo("Acceptée");
			assertThat(a.locator("#orientations tbody td.nombre").textContent()).contains("1 sur 2");
			Navigateur.assertSansViolation(a);
		}
	}

}
