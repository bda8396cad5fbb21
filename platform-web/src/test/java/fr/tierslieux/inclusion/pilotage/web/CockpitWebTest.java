package fr.tierslieux.inclusion.pilotage.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cockpit in a browser: filters kept in the URL, the funnel's table and its chart,
 * the figures downloaded as CSV equal to the records, a filter that cannot be read said
 * so beside its field; checked by axe.
 */
@WebTest
class CockpitWebTest extends AvecNavigateur {

	@LocalServerPort
	int port;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	PresenceKit presences;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	long vague;

	@BeforeEach
	void troisOrientations() {
		enCours = parcoursEnCours.parcoursEnCours();
		vague = jdbc.sql("select vague_id from binome where id = ?").param(enCours.binome()).query(Long.class).single();
		for (OrientationStatut statut : List.of(OrientationStatut.EN_PARCOURS, OrientationStatut.EN_PARCOURS,
				OrientationStatut.REFUSEE)) {
			String nom = "Cockpit" + Unique.numero();
			Long personne = beneficiaires.oriente(enCours, nom, null, statut);
			if (statut == OrientationStatut.EN_PARCOURS) {
				presences.emarger(enCours.parcours().ateliers().get(0), personne, PresenceStatut.PRESENT);
				presences.emarger(enCours.parcours().ateliers().get(1), personne, PresenceStatut.ABSENT);
			}
		}
	}

	@Test
	void the_coordination_publishes_its_region_s_statistics_that_anyone_reads_without_small_figures() {
		String base = "http://localhost:" + port;
		String region = enCours.region().code();
		try (BrowserContext public_ = navigateur.browser().newContext()) {
			assertThat(public_.newPage().navigate(base + "/statistiques/" + region).status()).isEqualTo(404);
		}
		Connecte coordination = comptes.coordinateur(region);
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.locator("#publication-" + region).click();
			assertThat(p.locator("[role=status]").allTextContents())
				.anySatisfy(t -> assertThat(t).contains("sont publiées"));
		}
		try (BrowserContext public_ = navigateur.browser().newContext()) {
			Page p = public_.newPage();
			assertThat(p.navigate(base + "/statistiques/" + region).status()).isEqualTo(200);
			assertThat(p.locator("#public-parcours").textContent()).isEqualTo("1");
			// two people came: fewer than five, not published
			assertThat(p.locator("#public-personnes").textContent()).isEqualTo("moins de 5");
			assertThat(p.content()).doesNotContain("Cockpit");
			Navigateur.assertSansViolation(p);
		}
	}

	@Test
	void the_coordination_filters_reads_the_funnel_and_downloads_its_figures() throws IOException {
		String base = "http://localhost:" + port;
		Connecte coordination = comptes.coordinateur(enCours.region().code());
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, coordination.identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.locator("#filtres #vague").selectOption(String.valueOf(vague));
			p.locator("#filtres #departement").selectOption(enCours.region().departement());
			p.locator("#filtres button[type=submit]").click();
			assertThat(p.url()).contains("vague=" + vague, "departement=" + enCours.region().departement());
			assertThat(p.locator("#filtres #tiersLieu option").allTextContents())
				.contains(jdbc.sql("select nom from tiers_lieu where id = ?")
					.param(enCours.tiersLieu())
					.query(String.class)
					.single());

			assertThat(p.locator("#entonnoir-orientees").textContent()).isEqualTo("3");
			assertThat(p.locator("#entonnoir-entrees").textContent()).isEqualTo("2");
			assertThat(p.locator("#entonnoir-refusees").textContent()).isEqualTo("1");
			assertThat(p.locator("#chiffre-presence").textContent()).isEqualTo(jdbc.sql("""
					select round(100.0 * count(*) filter (where pr.statut in ('PRESENT', 'EN_RETARD')) / count(*))
					from presence pr join atelier a on a.id = pr.atelier_id where a.parcours_id = ?""")
				.param(enCours.parcours().id())
				.query(Long.class)
				.single() + "\u00a0%");
			assertThat(p.locator("#motifs").textContent()).contains("Complet");
			// Chart.js drew the funnel from the table
			p.waitForFunction("() => document.querySelector('canvas[data-graphique=entonnoir]').width > 0");
			Navigateur.assertSansViolation(p);

			byte[] csv = p.request().get(base + p.locator("#csv-entonnoir").getAttribute("href")).body();
			assertThat(csv[0]).isEqualTo((byte) 0xEF);
			Map<String, String> etapes = CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))
				.getRecords()
				.stream()
				.collect(Collectors.toMap(r -> r.get(0), (CSVRecord r) -> r.get(1)));
			assertThat(etapes).containsEntry("Orientées", "3").containsEntry("Entrées en parcours", "2");

			p.navigate(base + "/tableau-de-bord?du=hier&vague=" + vague);
			assertThat(p.locator("#du-erreur").textContent()).isEqualTo("Date attendue (jj/mm/aaaa) : filtre ignoré.");
			assertThat(p.locator("#entonnoir-orientees").textContent()).isEqualTo("3");
			Navigateur.assertSansViolation(p);
		}
	}

}
