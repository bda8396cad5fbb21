package fr.tierslieux.inclusion.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import fr.tierslieux.inclusion.kit.HorlogeDeTest;

import static org.assertj.core.api.Assertions.assertThat;

class TentativesConnexionTest {

	HorlogeDeTest horloge = new HorlogeDeTest(Instant.parse("2026-11-23T09:00:00Z"));

	TentativesConnexion tentatives = new TentativesConnexion(horloge);

	void echouer(String identifiant, int fois) {
		for (int i = 0; i < fois; i++) {
			tentatives
				.echec(new AuthenticationFailureBadCredentialsEvent(new TestingAuthenticationToken(identifiant, "x"),
						new BadCredentialsException("mauvais mot de passe")));
		}
	}

	@Test
	void the_fifth_failure_locks_the_identifier_whatever_its_case() {
		echouer("Camille@Exemple.fr", 4);
		assertThat(tentatives.bloque("camille@exemple.fr")).isFalse();

		echouer("camille@exemple.fr", 1);

		assertThat(tentatives.bloque("CAMILLE@exemple.fr")).isTrue();
		assertThat(tentatives.bloque("autre@exemple.fr")).isFalse();
	}

	@Test
	void the_lock_lifts_once_the_window_has_passed() {
		echouer("camille@exemple.fr", 5);

		horloge.avancer(TentativesConnexion.FENETRE.plus(Duration.ofSeconds(1)));

		assertThat(tentatives.bloque("camille@exemple.fr")).isFalse();
	}

	@Test
	void a_successful_login_forgets_earlier_failures() {
		echouer("camille@exemple.fr", 4);

		tentatives.succes(new AuthenticationSuccessEvent(new TestingAuthenticationToken("camille@exemple.fr", "x")));
		echouer("camille@exemple.fr", 1);

		assertThat(tentatives.bloque("camille@exemple.fr")).isFalse();
	}

}
