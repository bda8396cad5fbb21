package fr.tierslieux.inclusion.progression.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator imports a CSV of Pix results: columns mapped, the row naming nobody
 * reported with its line, the counsellor then reads the levels on the person's
 * progression page; each step checked by axe.
 */
@WebTest
class ResultatsPixWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	CompteKit comptes;

	@Test
	void pix_results_mapped_imported_reported_and_read_on_the_persons_page() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		String nom = "Pixweb" + Unique.numero();
		Long personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(),
				enCours.facilitateur().perimetre(), nom, null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		String base = "http://localhost:" + port;
		Connecte coordination = comptes.coordinateur(enCours.region().code());
		String csv = "Participant;Prénom;Compétence;Niveau obtenu\n" + nom
				+ ";Alex;1.1 Mener une recherche et une veille d'information;3\nPersonne;Inconnue;2.1;2\n";
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.navigate(base + "/imports");
			p.getByLabel("Type de fichier").selectOption("RESULTATS_PIX");
			p.getByLabel("Fichier (CSV ou JSON, 20 Mo au plus)")
				.setInputFiles(new FilePayload("pix.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir l'aperçu")).click();
			p.getByText("Aperçu : rien n'a encore été écrit").waitFor();
			Navigateur.assertSansViolation(p);
			p.locator("#champ-NOM").selectOption("Participant");
			p.locator("#champ-PRENOM").selectOption("Prénom");
			p.locator("#champ-COMPETENCE").selectOption("Compétence");
			p.locator("#champ-NIVEAU").selectOption("Niveau obtenu");
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Relire le fichier")).click();
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer l'import")).click();
			p.getByText("Import terminé en").waitFor();
			assertThat(p.locator("#rapport tbody tr").allTextContents()).singleElement()
				.satisfies(ligne -> assertThat(ligne).contains("3")
					.contains("Personne introuvable parmi les bénéficiaires de vos régions."));
			Navigateur.assertSansViolation(p);
		}
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, enCours.conseiller().identifiant(), CompteKit.MOT_DE_PASSE,
					"/beneficiaires");
			p.navigate(base + "/beneficiaires/" + personne + "/progression");
			assertThat(p.locator("#resultats-pix li").allTextContents())
				.containsExactly("1.1 Mener une recherche et une veille d’information : niveau 3");
			Navigateur.assertSansViolation(p);
		}
	}

}
