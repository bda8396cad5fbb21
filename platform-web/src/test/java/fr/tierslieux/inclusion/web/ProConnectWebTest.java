package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.PlateformeApplication;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.postgres.test.TestDatabaseInitializer;
import fr.tierslieux.inclusion.web.proconnect.ConnexionProConnect;
import fr.tierslieux.inclusion.web.proconnect.ProConnectLocal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login with ProConnect against a local OpenID Connect provider that answers as
 * ProConnect does (user information as a signed JWT): the platform started without it,
 * then the agent's whole journey over HTTP, from the button to the provider's login form
 * and back, to the logout at the provider. The second factor is required here, as in
 * production.
 */
class ProConnectWebTest extends AvecNavigateur {

	private static final String DESACTIVE = "desactive.proconnect@exemple.fr";

	private static ConfigurableApplicationContext plateforme;

	private static ProConnectLocal proConnect;

	private static String base;

	/** The button pressed while ProConnect was still out of reach. */
	private static HttpResponse<String> horsDAtteinte;

	@BeforeAll
	static void demarrer() throws Exception {
		int portDuFournisseur = ProConnectLocal.portLibre();
		int port = ProConnectLocal.portLibre();
		base = "http://localhost:" + port;
		plateforme = new SpringApplicationBuilder(PlateformeApplication.class)
			.initializers(new TestDatabaseInitializer())
			.run("--server.port=" + port, "--plateforme.demo.enabled=true",
					"--plateforme.badges.cles=target/badges/cles-de-test.jwks", "--spring.mail.port=3025",
					"--plateforme.orientations.cron=-", "--plateforme.sorties.cron=-",
					"--plateforme.conservation.cron=-", "--plateforme.second-facteur.exige=true",
					"--plateforme.proconnect.emetteur=http://localhost:" + portDuFournisseur,
					"--plateforme.proconnect.client-id=" + ProConnectLocal.CLIENT_ID,
					"--plateforme.proconnect.secret=" + ProConnectLocal.SECRET);
		horsDAtteinte = new ClientHttp(port).get(ConnexionProConnect.DEPART);
		CompteService comptes = plateforme.getBean(CompteService.class);
		if (comptes.compte(DESACTIVE).isEmpty()) {
			comptes.creerCompte(DESACTIVE, "Compte désactivé", Role.CONSEILLER, "{noop}inutilise-ici");
		}
		jdbc().sql("update utilisateur set actif = false where identifiant = ?").param(DESACTIVE).update();
		proConnect = new ProConnectLocal(portDuFournisseur, base + "/login/oauth2/code/proconnect",
				base + "/login?deconnexion", Map.of("camille", ComptesDemo.CONSEILLER, "dominique",
						ComptesDemo.COORDINATION, "inconnu", "personne@exemple.fr", "desactive", DESACTIVE));
	}

	@AfterAll
	static void arreter() {
		if (proConnect != null) {
			proConnect.close();
		}
		if (plateforme != null) {
			plateforme.close();
		}
	}

	@AfterEach
	void commeProConnect() {
		proConnect.informationsEnJson(false);
		proConnect.signerAvecUneCleInconnue(false);
	}

	@Test
	void the_platform_starts_without_proconnect_and_its_button_then_says_so_without_an_error_page() {
		assertThat(horsDAtteinte.statusCode()).isEqualTo(302);
		assertThat(horsDAtteinte.headers().firstValue("Location")).hasValue(base + "/login?proconnect=echec");
	}

	@Test
	void the_login_page_offers_proconnect_next_to_the_password() throws Exception {
		String page = new ClientHttp(port()).get("/login").body();
		assertThat(page).contains("S&#39;identifier avec ProConnect", "href=\"" + ConnexionProConnect.DEPART + "\"",
				"name=\"password\"");
	}

	@Test
	void in_a_browser_the_button_leads_through_proconnect_to_the_agents_pages() {
		try (BrowserContext contexte = navigateur.browser().newContext()) {
			Page page = contexte.newPage();
			page.navigate(base + "/login");
			Navigateur.assertSansViolation(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("S'identifier avec ProConnect")).click();
			page.waitForURL(proConnect.emetteur() + "/login");
			page.locator("#username").fill("camille");
			page.locator("#password").fill(ProConnectLocal.MOT_DE_PASSE);
			page.locator("button[type=submit]").click();

			page.waitForURL(base + "/beneficiaires");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
				.isNotBlank();
		}
	}

	@Test
	void an_agent_vouched_for_by_proconnect_works_with_their_own_account() throws Exception {
		long avant = dernierePisteDAudit();
		long sessions = sessionsDe(ComptesDemo.CONSEILLER);
		ClientHttp agent = new ClientHttp(port());

		HttpResponse<String> arrivee = seConnecterAvecProConnect(agent, "camille");

		assertThat(arrivee.uri().toString()).isEqualTo(base + "/beneficiaires");
		assertThat(arrivee.statusCode()).isEqualTo(200);
		assertThat(arrivee.body()).contains("Conseiller référent");
		assertThat(pistesDAuditDepuis(avant)).containsExactly(List.of(ComptesDemo.CONSEILLER, "CONNEXION",
				String.valueOf(idDe(ComptesDemo.CONSEILLER)), "ProConnect"));
		assertThat(agent.get("/tableau-de-bord").statusCode()).as("le périmètre et le rôle du compte").isEqualTo(403);
		assertThat(sessionsDe(ComptesDemo.CONSEILLER))
			.as("session rangée sous l'identifiant du compte, que sa désactivation ferme")
			.isEqualTo(sessions + 1);
	}

	@Test
	void a_coordinator_through_proconnect_owes_no_second_factor_but_does_with_a_password() throws Exception {
		HttpResponse<String> arrivee = seConnecterAvecProConnect(new ClientHttp(port()), "dominique");
		assertThat(arrivee.uri().toString()).isEqualTo(base + "/tableau-de-bord");
		assertThat(arrivee.statusCode()).isEqualTo(200);

		ClientHttp parMotDePasse = new ClientHttp(port()).seConnecter(ComptesDemo.COORDINATION,
				ComptesDemo.MOT_DE_PASSE);
		assertThat(parMotDePasse.get("/tableau-de-bord").headers().firstValue("Location"))
			.hasValue(base + fr.tierslieux.inclusion.web.Page.SECOND_FACTEUR.chemin());
		HttpResponse<String> sortie = parMotDePasse.post("/logout",
				"_csrf=" + ClientHttp.encoder(parMotDePasse.jeton("/second-facteur")));
		assertThat(sortie.headers().firstValue("Location")).as("après un mot de passe, rien chez ProConnect")
			.hasValue(base + "/login?deconnexion");
	}

	@Test
	void an_unknown_or_deactivated_email_is_refused_with_the_same_message_and_logged() throws Exception {
		for (String agent : List.of("inconnu", "desactive")) {
			long avant = dernierePisteDAudit();
			ClientHttp client = new ClientHttp(port());

			HttpResponse<String> arrivee = seConnecterAvecProConnect(client, agent);

			assertThat(arrivee.uri().toString()).as(agent).isEqualTo(base + "/login?proconnect=inconnu");
			assertThat(arrivee.body()).contains("aucun compte actif de la plateforme n&#39;a l&#39;adresse e-mail");
			assertThat(client.get("/beneficiaires").headers().firstValue("Location")).hasValue(base + "/login");
			String courriel = "inconnu".equals(agent) ? "personne@exemple.fr" : DESACTIVE;
			assertThat(pistesDAuditDepuis(avant))
				.containsExactly(List.of(courriel, "CONNEXION_ECHOUEE", "", "ProConnect : compte_introuvable"));
		}
	}

	@Test
	void user_information_signed_with_another_key_is_refused() throws Exception {
		proConnect.signerAvecUneCleInconnue(true);
		long avant = dernierePisteDAudit();
		ClientHttp client = new ClientHttp(port());

		HttpResponse<String> arrivee = seConnecterAvecProConnect(client, "camille");

		assertThat(arrivee.uri().toString()).isEqualTo(base + "/login?proconnect=echec");
		assertThat(arrivee.body()).contains("La connexion avec ProConnect n&#39;a pas abouti");
		assertThat(pistesDAuditDepuis(avant))
			.containsExactly(List.of("proconnect", "CONNEXION_ECHOUEE", "", "ProConnect : invalid_user_info_response"));
		assertThat(client.get("/beneficiaires").headers().firstValue("Location")).hasValue(base + "/login");
	}

	@Test
	void user_information_in_plain_json_is_read_too() throws Exception {
		proConnect.informationsEnJson(true);

		HttpResponse<String> arrivee = seConnecterAvecProConnect(new ClientHttp(port()), "camille");

		assertThat(arrivee.uri().toString()).isEqualTo(base + "/beneficiaires");
	}

	@Test
	void logging_out_ends_the_session_at_proconnect_too() throws Exception {
		ClientHttp agent = new ClientHttp(port());
		seConnecterAvecProConnect(agent, "camille");

		HttpResponse<String> sortie = agent.post("/logout",
				"_csrf=" + ClientHttp.encoder(agent.jeton("/beneficiaires")));

		String fin = sortie.headers().firstValue("Location").orElseThrow();
		assertThat(fin).startsWith(proConnect.emetteur() + "/connect/logout?id_token_hint=")
			.contains("&state=", "&post_logout_redirect_uri=" + ClientHttp.encoder(base + "/login?deconnexion"));
		HttpResponse<String> retour = agent.suivre(sortie);
		assertThat(retour.uri().toString()).startsWith(base + "/login?deconnexion&state=");
		assertThat(retour.body()).contains("Vous êtes déconnecté·e.");
		assertThat(agent.get("/beneficiaires").headers().firstValue("Location")).hasValue(base + "/login");
	}

	/**
	 * The button, the provider's login form, and back: the page the platform opens at the
	 * end (or the login page, refused).
	 */
	private static HttpResponse<String> seConnecterAvecProConnect(ClientHttp client, String agent)
			throws IOException, InterruptedException {
		HttpResponse<String> formulaire = client.suivre(client.get(ConnexionProConnect.DEPART));
		assertThat(formulaire.uri().toString()).isEqualTo(proConnect.emetteur() + "/login");
		return client.suivre(client.post(URI.create(proConnect.emetteur() + "/login"),
				"username=" + agent + "&password=" + ClientHttp.encoder(ProConnectLocal.MOT_DE_PASSE) + "&_csrf="
						+ ClientHttp.encoder(ClientHttp.jetonDe(formulaire))));
	}

	private static long dernierePisteDAudit() {
		return jdbc().sql("select coalesce(max(id), 0) from journal_audit").query(Long.class).single();
	}

	/** Author, action, object and detail of each line written since. */
	private static List<List<String>> pistesDAuditDepuis(long id) {
		return jdbc()
			.sql("select auteur, action, coalesce(objet_id::text, ''), coalesce(detail, '') from journal_audit "
					+ "where id > ? and action like 'CONNEXION%' order by id")
			.param(id)
			.query((ligne, n) -> List.of(ligne.getString(1), ligne.getString(2), ligne.getString(3),
					ligne.getString(4)))
			.list();
	}

	private static long sessionsDe(String identifiant) {
		return jdbc().sql("select count(*) from spring_session where principal_name = ?")
			.param(identifiant)
			.query(Long.class)
			.single();
	}

	private static long idDe(String identifiant) {
		return plateforme.getBean(CompteService.class).compte(identifiant).orElseThrow().connecte().id();
	}

	private static JdbcClient jdbc() {
		return plateforme.getBean(JdbcClient.class);
	}

	private static int port() {
		return URI.create(base).getPort();
	}

}
