package fr.tierslieux.inclusion.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed logins counted in the database, per identifier and per address. */
@CoreTest
@Transactional
class EchecsDeConnexionTest {

	@Autowired
	EchecsDeConnexion echecs;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient sql;

	@BeforeEach
	void aZero() {
		horloge.regler(Instant.parse("2026-11-23T09:00:00Z"));
		sql.sql("delete from echec_connexion").update();
	}

	@Test
	void the_fifth_failure_of_an_identifier_makes_it_wait_whatever_its_case_and_address() {
		for (int i = 1; i <= 4; i++) {
			echecs.noter("Camille@Exemple.fr", "192.0.2." + i);
			horloge.avancer(Duration.ofMinutes(1));
		}
		assertThat(echecs.attente("camille@exemple.fr", "192.0.2.9")).isEmpty();

		echecs.noter("camille@exemple.fr ", "192.0.2.5");

		// the first of the five failures, at 9:00, leaves the window at 9:15; it is 9:04
		assertThat(echecs.attente("CAMILLE@exemple.fr", "198.51.100.1")).contains(Duration.ofMinutes(11));
		assertThat(echecs.attente("autre@exemple.fr", "198.51.100.1")).as("un autre identifiant").isEmpty();

		horloge.avancer(Duration.ofMinutes(11));
		assertThat(echecs.attente("camille@exemple.fr", "198.51.100.1")).as("la fenêtre passée").isEmpty();
	}

	@Test
	void fifty_failures_from_one_address_make_it_wait_for_any_identifier() {
		for (int i = 1; i <= 49; i++) {
			echecs.noter("personne" + i + "@exemple.fr", "203.0.113.7");
		}
		assertThat(echecs.attente("nouveau@exemple.fr", "203.0.113.7")).isEmpty();

		echecs.noter("personne50@exemple.fr", "203.0.113.7");

		assertThat(echecs.attente("nouveau@exemple.fr", "203.0.113.7")).contains(EchecsDeConnexion.FENETRE);
		assertThat(echecs.attente("nouveau@exemple.fr", "203.0.113.8")).as("une autre adresse").isEmpty();
	}

	@Test
	void a_successful_login_forgets_the_identifiers_failures_not_the_addresses() {
		for (int i = 0; i < 4; i++) {
			echecs.noter("camille@exemple.fr", "203.0.113.7");
		}
		echecs.oublier("Camille@exemple.fr");
		echecs.noter("camille@exemple.fr", "203.0.113.7");

		assertThat(echecs.attente("camille@exemple.fr", "192.0.2.1")).isEmpty();
		assertThat(sql.sql("select count(*) from echec_connexion where adresse = '203.0.113.7'")
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void failures_past_the_window_are_purged_and_the_others_kept() {
		echecs.noter("ancien@exemple.fr", "192.0.2.1");
		horloge.avancer(EchecsDeConnexion.FENETRE);
		echecs.noter("recent@exemple.fr", "192.0.2.1");

		assertThat(echecs.oublierLesPerimes()).isOne();

		List<String> restes = sql.sql("select identifiant from echec_connexion").query(String.class).list();
		assertThat(restes).containsExactly("recent@exemple.fr");
	}

}
