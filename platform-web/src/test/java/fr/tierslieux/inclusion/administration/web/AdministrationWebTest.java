package fr.tierslieux.inclusion.administration.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.tierslieux.inclusion.administration.Parametre;
import fr.tierslieux.inclusion.administration.Parametres;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in a browser: a setting refused beside its field then saved, a reason added,
 * refused twice, withdrawn, a notice's new version in force on the public page, each
 * change in the journal; checked by axe on every page.
 */
@WebTest
class AdministrationWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	CompteKit comptes;

	@Autowired
	Parametres parametres;

	@Test
	void an_admin_changes_a_setting_a_reason_and_the_notice_and_finds_each_change_in_the_journal() {
		String base = "http://localhost:" + port;
		Connecte admin = comptes.admin();
		long conservation = parametres.valeur(Parametre.EXPORTS_CONSERVATION_HEURES);
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, admin.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.locator("nav a[href='/administration']").click();
			assertThat(p.locator("#rubriques a").count()).isEqualTo(8);
			Navigateur.assertSansViolation(p);

			p.navigate(base + "/administration/parametres");
			Navigateur.assertSansViolation(p);
			p.locator("#valeur-EXPORTS_CONSERVATION_HEURES").fill("douze");
			p.locator("#valeur-COCKPIT_JOURS_PAR_PHASE").fill("5000");
			p.locator("#formulaire-parametres button[type=submit]").click();
			assertThat(p.locator("#erreur-EXPORTS_CONSERVATION_HEURES").textContent())
				.isEqualTo("Nombre entier attendu.");
			assertThat(p.locator("#erreur-COCKPIT_JOURS_PAR_PHASE").textContent())
				.isEqualTo("Nombre entier de 7 à 730 attendu.");
			assertThat(p.locator("#valeur-COCKPIT_JOURS_PAR_PHASE").inputValue()).isEqualTo("5000");
			Navigateur.assertSansViolation(p);
			long nouvelle = conservation == 48 ? 36 : 48;
			p.locator("#valeur-EXPORTS_CONSERVATION_HEURES").fill(String.valueOf(nouvelle));
			p.locator("#valeur-COCKPIT_JOURS_PAR_PHASE")
				.fill(String.valueOf(parametres.valeur(Parametre.COCKPIT_JOURS_PAR_PHASE)));
			p.locator("#formulaire-parametres button[type=submit]").click();
			assertThat(p.locator("#enregistres").textContent()).isEqualTo("1 paramètre(s) changé(s).");
			assertThat(parametres.valeur(Parametre.EXPORTS_CONSERVATION_HEURES)).isEqualTo(nouvelle);

			p.navigate(base + "/administration/motifs");
			Navigateur.assertSansViolation(p);
			String motif = "Hors de la zone desservie " + Unique.numero();
			p.locator("#formulaire-motif #libelle").fill(motif);
			p.locator("#formulaire-motif button[type=submit]").click();
			assertThat(p.locator("#enregistre").textContent()).contains(motif);
			p.locator("#formulaire-motif #libelle").fill(motif);
			p.locator("#formulaire-motif button[type=submit]").click();
			assertThat(p.locator("#libelle-erreur").textContent())
				.isEqualTo("Ce motif existe déjà pour ce changement.");
			Navigateur.assertSansViolation(p);
			String ligne = p.locator("#motifs-REFUS input[name=libelle]").last().getAttribute("id");
			assertThat(p.locator("#" + ligne).inputValue()).isEqualTo(motif);
			String id = ligne.substring("libelle-".length());
			p.locator("#actif-" + id).uncheck();
			p.locator("button[form=motif-" + id + "]").click();
			assertThat(p.locator("#actif-" + id).isChecked()).isFalse();
			p.locator("#libelle-" + id).fill(" ");
			p.locator("button[form=motif-" + id + "]").click();
			assertThat(p.locator("#libelle-" + id + "-erreur").textContent()).isEqualTo("Écrivez le motif.");
			Navigateur.assertSansViolation(p);

			p.navigate(base + "/administration/notice");
			Navigateur.assertSansViolation(p);
			String version = "t" + Unique.numero();
			p.locator("#version").fill(version);
			p.locator("#quoi").fill("Votre nom et votre présence aux ateliers, rien d'autre.");
			p.locator("#formulaire-notice button[type=submit]").click();
			assertThat(p.locator("#publiee").textContent()).contains(version);
			assertThat(p.locator("#versions tbody tr").first().textContent()).contains(version, "en vigueur");

			p.navigate(base + "/administration?objet=PARAMETRE");
			assertThat(p.locator("#journal").textContent()).contains("EXPORTS_CONSERVATION_HEURES",
					conservation + " → " + nouvelle);
			p.navigate(base + "/administration");
			assertThat(p.locator("#journal").textContent()).contains(motif, version);
			Navigateur.assertSansViolation(p);
		}
		try (BrowserContext public_ = navigateur.browser().newContext()) {
			Page p = public_.newPage();
			p.navigate(base + "/notice-information");
			assertThat(p.locator("section").textContent())
				.contains("Votre nom et votre présence aux ateliers, rien d'autre.");
			Navigateur.assertSansViolation(p);
		}
	}

}
