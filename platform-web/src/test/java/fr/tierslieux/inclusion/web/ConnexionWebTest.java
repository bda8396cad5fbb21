package fr.tierslieux.inclusion.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class ConnexionWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService comptes;

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
			.andExpect(content().string(containsString("Identifiant ou mot de passe incorrect")));
	}

	@Test
	void five_wrong_passwords_lock_the_identifier_even_against_the_right_one() throws Exception {
		String identifiant = "conseil.coulommiers@demo.fr";
		for (int i = 0; i < TentativesConnexion.ECHECS_MAX; i++) {
			mvc.perform(formLogin("/login").user(identifiant).password("essai-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin("/login").user(identifiant).password(ComptesDemo.MOT_DE_PASSE))
			.andExpect(redirectedUrl("/login?bloque"));
		mvc.perform(get("/login").param("bloque", ""))
			.andExpect(content().string(containsString("Trop de tentatives de connexion")));
		mvc.perform(formLogin("/login").user("conseil.drancy@demo.fr").password(ComptesDemo.MOT_DE_PASSE))
			.andExpect(redirectedUrl("/"));
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
