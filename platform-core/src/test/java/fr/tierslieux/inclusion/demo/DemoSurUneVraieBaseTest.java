package fr.tierslieux.inclusion.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Demo mode never writes its accounts (and their public password) into a real database:
 * one that holds accounts and not the demo's vague stops the start.
 */
@CoreTest
@Transactional
class DemoSurUneVraieBaseTest {

	@Autowired
	DemoDataLoader chargement;

	@Autowired
	JdbcClient sql;

	@Test
	void a_database_with_accounts_and_without_the_demo_stops_the_start() {
		// the test database holds the demo: without its vague, it looks like a real one
		sql.sql("update vague set nom = 'Vague réelle' where nom = ?").param(DemoExperimentation.VAGUE).update();
		long comptes = sql.sql("select count(*) from utilisateur").query(Long.class).single();

		assertThatThrownBy(() -> chargement.run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("Mode démonstration refusé : cette base contient déjà " + comptes + " compte(s)")
			.hasMessageContaining("PLATEFORME_DEMO_ENABLED=false");
		assertThat(sql.sql("select count(*) from utilisateur").query(Long.class).single())
			.as("aucun compte de démonstration ajouté")
			.isEqualTo(comptes);
	}

	@Test
	void a_database_that_holds_the_demo_is_left_as_it_is() {
		long comptes = sql.sql("select count(*) from utilisateur").query(Long.class).single();
		chargement.run(null);
		assertThat(sql.sql("select count(*) from utilisateur").query(Long.class).single()).isEqualTo(comptes);
	}

}
