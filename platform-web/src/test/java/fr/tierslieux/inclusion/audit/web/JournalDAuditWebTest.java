package fr.tierslieux.inclusion.audit.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.DeuxRegions;
import fr.tierslieux.inclusion.kit.DeuxRegions.Scenario;
import fr.tierslieux.inclusion.web.AvecNavigateur;
import fr.tierslieux.inclusion.web.ClientHttp;
import fr.tierslieux.inclusion.web.Navigateur;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A counsellor behind the proxy fails a login, logs in, opens the list of people,
 * searches it, a person of another agency (404) and a page of another role (403): each is
 * a line of the audit trail with the counsellor's address, and nothing else is. An admin
 * finds them in a browser, exports them for a data-protection request; nobody else reads
 * the trail.
 */
@WebTest
class JournalDAuditWebTest extends AvecNavigateur {

	static final String ADRESSE = "198.51.100.77";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient sql;

	@Autowired
	DeuxRegions deuxRegions;

	@Test
	void every_access_of_a_counsellor_is_in_the_trail_and_an_admin_finds_and_exports_it() throws Exception {
		Scenario s = deuxRegions.creer();
		String conseiller = s.conseillerA1().identifiant();
		long avant = sql.sql("select coalesce(max(id), 0) from journal_audit").query(Long.class).single();

		ClientHttp client = new ClientHttp(port);
		String jeton = client.jeton("/login");
		client.post("/login", "username=" + ClientHttp.encoder(conseiller) + "&password=pas-le-bon&_csrf=" + jeton,
				"X-Forwarded-For", ADRESSE);
		HttpResponse<String> connexion = client.post("/login", "username=" + ClientHttp.encoder(conseiller)
				+ "&password=" + CompteKit.MOT_DE_PASSE + "&_csrf=" + jeton, "X-Forwarded-For", ADRESSE);
		assertThat(connexion.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		HttpResponse<String> liste = client.get("/beneficiaires", "X-Forwarded-For", ADRESSE);
		assertThat(liste.statusCode()).isEqualTo(200);
		Matcher jetonDeLaListe = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(liste.body());
		assertThat(jetonDeLaListe.find()).isTrue();
		assertThat(client
			.post("/beneficiaires/recherche", "q=Dupont&_csrf=" + ClientHttp.encoder(jetonDeLaListe.group(1)),
					"X-Forwarded-For", ADRESSE)
			.statusCode()).isEqualTo(302);
		assertThat(client.get("/beneficiaires/" + s.seule(), "X-Forwarded-For", ADRESSE).statusCode()).isEqualTo(404);
		assertThat(client.get("/tableau-de-bord", "X-Forwarded-For", ADRESSE).statusCode()).isEqualTo(403);

		assertThat(sql.sql("""
				select action, detail, adresse, finalite from journal_audit
				where id > :avant and auteur = :qui order by id""")
			.param("avant", avant)
			.param("qui", conseiller)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactly(tuple("CONNEXION_ECHOUEE", "BadCredentialsException", ADRESSE, "SECURITE"),
					tuple("CONNEXION", null, ADRESSE, "SECURITE"),
					tuple("LECTURE_PAGE", "GET /beneficiaires", ADRESSE, "ACCOMPAGNEMENT"),
					// a search reads, and its words are not in the trail
					tuple("LECTURE_PAGE", "POST /beneficiaires/recherche", ADRESSE, "ACCOMPAGNEMENT"),
					tuple("LECTURE_PAGE", "GET /beneficiaires/" + s.seule(), ADRESSE, "ACCOMPAGNEMENT"),
					tuple("ACCES_REFUSE", "404 GET /beneficiaires/" + s.seule(), ADRESSE, "SECURITE"),
					tuple("ACCES_REFUSE", "403 GET /tableau-de-bord", ADRESSE, "SECURITE"));

		String base = "http://localhost:" + port;
		try (BrowserContext bureau = navigateur.browser().newContext()) {
			Page p = Navigateur.seConnecter(bureau, base, s.admin().identifiant(), CompteKit.MOT_DE_PASSE,
					"/tableau-de-bord");
			p.navigate(base + "/administration");
			p.locator("#rubriques a[href='/administration/audit']").click();
			p.locator("#auteur").fill(conseiller);
			p.locator("#recherche-audit button[type=submit]").click();
			assertThat(p.locator("#lignes-audit tbody tr").count()).isEqualTo(7);
			assertThat(p.locator("#lignes-audit").textContent()).contains(ADRESSE, "GET /tableau-de-bord", "Sécurité");
			Navigateur.assertSansViolation(p);

			Download fichier = p.waitForDownload(() -> p.locator("#export-audit").click());
			String csv = new String(Files.readAllBytes(fichier.path()), StandardCharsets.UTF_8);
			assertThat(csv.lines().filter(l -> l.contains(ADRESSE))).hasSize(7);
			assertThat(csv).doesNotContain("Dupont");

			p.locator("#personne").fill("douze");
			p.locator("#recherche-audit button[type=submit]").click();
			assertThat(p.locator("#personne-erreur").textContent()).isEqualTo("Numéro de fiche attendu (un nombre).");
			Navigateur.assertSansViolation(p);
		}
		assertThat(
				sql.sql("select count(*) from journal_audit where id > :avant and action = 'DROIT_EXPORT_DU_JOURNAL'")
					.param("avant", avant)
					.query(Integer.class)
					.single())
			.isOne();

		ClientHttp coordination = new ClientHttp(port).seConnecter(s.coordinationR1().identifiant(),
				CompteKit.MOT_DE_PASSE);
		for (String chemin : List.of("/administration/audit", "/administration/audit.csv")) {
			assertThat(coordination.get(chemin).statusCode()).as(chemin).isEqualTo(403);
		}
	}

}
