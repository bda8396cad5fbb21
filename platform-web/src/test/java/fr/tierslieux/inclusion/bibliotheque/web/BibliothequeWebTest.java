package fr.tierslieux.inclusion.bibliotheque.web;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
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
 * The library as its users meet it: a binôme publishes its validated parcours, nothing
 * personal reaches the library's pages, a direction finds it, and a binôme in T1 starts
 * its canvas from it in a browser checked by axe.
 */
@WebTest
class BibliothequeWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	BinomeKit binomes;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void published_without_anything_personal_found_and_taken_up_by_another_binome() throws Exception {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		String intitule = "Réparer son vélo " + Unique.numero();
		Long canevas = jdbc.sql("""
				insert into canevas (binome_id, intitule, typologie, format, profils, objectifs, preparation,
				  phase_decouverte, phase_apprentissage, phase_pratique, phase_projet, evaluation, lieu, acces,
				  date_debut, date_fin, capacite, parcours_id)
				values (?, ?, 'HYBRIDE_CREATIF', 'LONG', 'Débutants', 'Oser', 'Deux réunions', 'Visite',
				  'Outils numériques', 'Atelier vélo', 'Projet', 'Carnet', '12 rue du Port-Secret', 'Bus 21',
				  date '2026-01-05', date '2026-03-05', 10, ?) returning id""")
			.params(enCours.binome(), intitule, enCours.parcours().id())
			.query(Long.class)
			.single();
		jdbc.sql("insert into canevas_carte (canevas_id, genre, code) values (?, 'PIX', '3.1')")
			.param(canevas)
			.update();
		String nom = "Confidentiel" + Unique.numero();
		beneficiaires.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(), nom, null,
				enCours.parcours().id(), OrientationStatut.EN_PARCOURS);

		String publie = mvc
			.perform(post("/binomes/" + enCours.binome() + "/publication").with(csrf())
				.with(ComptesDemo.connecte(enCours.conseiller())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Connecte direction = comptes.pilote(enCours.region().code());
		for (String page : new String[] { "/bibliotheque?typologie=HYBRIDE_CREATIF&competence=PIX:3.1", publie }) {
			String html = mvc.perform(get(page).with(ComptesDemo.connecte(direction)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains(intitule)
				.doesNotContain(nom)
				.doesNotContain("Port-Secret")
				.doesNotContain(enCours.conseiller().identifiant())
				.doesNotContain(enCours.facilitateur().identifiant());
		}

		Long lieu = annuaire.tiersLieu("Repreneur " + Unique.numero(), enCours.region().departement());
		Long autre = binomes.binome(enCours.region().code(), annuaire.agence(enCours.region().departement()), lieu);
		jdbc.sql("update binome set phase = 'T1' where id = ?").param(autre).update();
		Connecte referent = comptes.facilitateur(lieu);
		String base = "http://localhost:" + port;
		try (BrowserContext contexte = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(contexte, base, referent.identifiant(), CompteKit.MOT_DE_PASSE,
					"/ateliers");
			p.navigate(base + "/bibliotheque?typologie=HYBRIDE_CREATIF");
			Navigateur.assertSansViolation(p);
			p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(intitule)).click();
			Navigateur.assertSansViolation(p);
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reprendre dans notre canevas")).click();
			assertThat(p.locator("#binome-erreur").textContent()).startsWith("Choisissez le binôme");
			p.getByLabel("Pour le canevas du binôme").selectOption(autre.toString());
			p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reprendre dans notre canevas")).click();
			p.waitForURL(base + "/binomes/" + autre + "/canevas");
		}
		assertThat(
				jdbc.sql("select intitule from canevas where binome_id = ?").param(autre).query(String.class).single())
			.isEqualTo(intitule);
	}

}
