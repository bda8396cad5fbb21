package fr.tierslieux.inclusion.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class ConnexionWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService comptes;

	@Autowired
	JdbcClient sql;

	@LocalServerPort
	int port;

	@Test
	void the_login_page_speaks_french_and_carries_a_csrf_token() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"fr\"")))
			.andExpect(content().string(containsString("<label for=\"username\" class=\"form-label\">Identifiant")))
			.andExpect(content().string(containsString("Se connecter")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void in_demo_mode_the_login_page_lists_one_account_per_role() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("Comptes de démonstration")))
			.andExpect(content().string(containsString("<td>coordination@demo.fr</td>")))
			.andExpect(content().string(containsString("<td>facilitateur@demo.fr</td>")))
			.andExpect(content().string(containsString("Mot de passe de chaque compte : demo")));
	}

	@ParameterizedTest(name = "{0} arrive sur {1}")
	@CsvSource({ "admin@demo.fr, /tableau-de-bord", "coordination@demo.fr, /tableau-de-bord",
			"pilote@demo.fr, /tableau-de-bord", "conseiller@demo.fr, /beneficiaires",
			"facilitateur@demo.fr, /ateliers" })
	void each_demo_account_logs_in_and_lands_on_its_home(String identifiant, String accueil) throws Exception {
		mvc.perform(formLogin("/login").user(identifiant).password(ComptesDemo.MOT_DE_PASSE))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").with(ComptesDemo.connecte(comptes, identifiant))).andExpect(redirectedUrl(accueil));
		mvc.perform(get(accueil).with(ComptesDemo.connecte(comptes, identifiant))).andExpect(status().isOk());
	}

	@Test
	void a_wrong_password_is_refused_with_a_french_message() throws Exception {
		mvc.perform(formLogin("/login").user(ComptesDemo.COORDINATION).password("pas-le-bon"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("identifiant ou mot de passe incorrect")));
	}

	/**
	 * After five wrong passwords, the identifier waits, right password or not and from
	 * any address: 429, Retry-After and the wait on the login page. Others log in.
	 */
	@Test
	void five_wrong_passwords_make_the_identifier_wait_even_with_the_right_one() throws Exception {
		String identifiant = "conseil.coulommiers@demo.fr";
		for (int i = 0; i < 5; i++) {
			mvc.perform(depuis("192.0.2.10", formLogin("/login").user(identifiant).password("essai-" + i)))
				.andExpect(redirectedUrl("/login?error"));
		}

		for (String adresse : List.of("192.0.2.10", "192.0.2.11")) {
			mvc.perform(depuis(adresse, formLogin("/login").user(identifiant).password(ComptesDemo.MOT_DE_PASSE)))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
				// the page saying how long to wait (read over real HTTP in the next test)
				.andExpect(forwardedUrl(TentativesConnexion.PAGE_D_ATTENTE))
				.andExpect(unauthenticated());
		}
		mvc.perform(depuis("192.0.2.10",
				formLogin("/login").user("conseil.drancy@demo.fr").password(ComptesDemo.MOT_DE_PASSE)))
			.andExpect(redirectedUrl("/"));
	}

	/**
	 * Fifty failures from one address, whatever the identifiers (a password sprayed over
	 * many accounts), make that address wait: the address is the one the trusted proxy
	 * gives (X-Forwarded-For), counted in the database.
	 */
	@Test
	void fifty_failures_from_one_address_make_it_wait_for_every_identifier() throws Exception {
		ClientHttp robot = new ClientHttp(port);
		String jeton = robot.jeton("/login");
		for (int i = 0; i < 50; i++) {
			HttpResponse<String> reponse = robot.post("/login",
					"username=personne" + i + "@exemple.invalid&password=motdepasse&_csrf=" + jeton, "X-Forwarded-For",
					"203.0.113.50");
			assertThat(reponse.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}

		HttpResponse<String> bloquee = robot.post("/login", "username=" + ClientHttp.encoder(ComptesDemo.FACILITATEUR)
				+ "&password=" + ComptesDemo.MOT_DE_PASSE + "&_csrf=" + jeton, "X-Forwarded-For", "203.0.113.50");
		assertThat(bloquee.statusCode()).isEqualTo(429);
		assertThat(bloquee.headers().firstValue("Retry-After")).isPresent();
		assertThat(bloquee.body()).contains("réessayez dans 15 minute(s)");

		HttpResponse<String> ailleurs = robot.post("/login", "username=" + ClientHttp.encoder(ComptesDemo.FACILITATEUR)
				+ "&password=" + ComptesDemo.MOT_DE_PASSE + "&_csrf=" + jeton, "X-Forwarded-For", "203.0.113.51");
		assertThat(ailleurs.headers().firstValue("Location")).as("depuis une autre adresse")
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	/**
	 * A disabled account, an unknown identifier and a wrong password are told apart
	 * neither by the answer nor by its time: each checks a password hash before it
	 * answers.
	 */
	@Test
	void every_failure_gets_the_same_answer_in_the_same_time() throws Exception {
		String desactive = "conseil.saint-ouen@demo.fr";
		sql.sql("update utilisateur set actif = false where identifiant = :id").param("id", desactive).update();
		try {
			long inconnu = duree("personne.inconnue@demo.fr", "pas-le-bon");
			long mauvais = duree("conseil.montrouge@demo.fr", "pas-le-bon");
			long inactif = duree(desactive, ComptesDemo.MOT_DE_PASSE);

			System.out.printf("Échecs de connexion : inconnu %d µs, mauvais mot de passe %d µs, désactivé %d µs%n",
					inconnu, mauvais, inactif);
			// a password hash takes tens of milliseconds; skipping it answered ten times
			// faster
			assertThat(inactif).isGreaterThan(mauvais / 3);
			assertThat(inconnu).isGreaterThan(mauvais / 3);
		}
		finally {
			sql.sql("update utilisateur set actif = true where identifiant = :id").param("id", desactive).update();
		}
	}

	/** The median time of three failed logins, each answered "/login?error". */
	long duree(String identifiant, String motDePasse) throws Exception {
		long[] durees = new long[3];
		for (int i = 0; i < durees.length; i++) {
			long debut = System.nanoTime();
			mvc.perform(depuis("192.0.2.20", formLogin("/login").user(identifiant).password(motDePasse)))
				.andExpect(redirectedUrl("/login?error"));
			durees[i] = (System.nanoTime() - debut) / 1000;
		}
		java.util.Arrays.sort(durees);
		return durees[1];
	}

	/** A login from this address, as the proxy in front gives it. */
	static RequestBuilder depuis(String adresse, RequestBuilder connexion) {
		return contexte -> {
			MockHttpServletRequest requete = connexion.buildRequest(contexte);
			requete.setRemoteAddr(adresse);
			return requete;
		};
	}

	@Test
	void the_login_page_gives_one_message_for_every_failure() throws Exception {
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("identifiant ou mot de passe incorrect.")));
	}

	@Test
	void load_balancers_read_readiness_with_the_database_included() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void anonymous_visitors_are_sent_to_the_login_page() throws Exception {
		mvc.perform(get("/tableau-de-bord")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void forms_without_csrf_token_are_refused() throws Exception {
		mvc.perform(post("/login").param("username", ComptesDemo.ADMIN).param("password", ComptesDemo.MOT_DE_PASSE))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(ComptesDemo.connecte(comptes, ComptesDemo.ADMIN)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(ComptesDemo.connecte(comptes, ComptesDemo.ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/login?deconnexion"));
	}

	@Test
	void pages_forbid_inline_scripts_and_leak_no_referrer_across_sites() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

}
