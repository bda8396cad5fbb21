package fr.tierslieux.inclusion.compte;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside demo mode, the first administrator comes from configuration, and only from
 * there.
 */
@CoreTest
@Transactional
class PremierAdministrateurTest {

	@Autowired
	UtilisateurRepository utilisateurs;

	@Autowired
	CompteService comptes;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	PolitiqueDesMotsDePasse politique;

	void sansAdministrateur() {
		utilisateurs.deleteAll(utilisateurs.findAll().stream().filter(u -> u.getRole() == Role.ADMIN).toList());
		utilisateurs.flush();
	}

	void demarrer(PlateformeAdminProperties configuration) {
		new PremierAdministrateur(utilisateurs, comptes, passwordEncoder, configuration, politique)
			.run(new DefaultApplicationArguments());
	}

	@Test
	void the_configured_administrator_is_created_with_a_hashed_password() {
		sansAdministrateur();

		demarrer(new PlateformeAdminProperties("Direction@Exemple.fr", "un mot de passe long"));

		Utilisateur admin = utilisateurs.findByIdentifiant("direction@exemple.fr").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.getMotDePasse()).startsWith("{bcrypt}").doesNotContain("un mot de passe long");
		assertThat(passwordEncoder.matches("un mot de passe long", admin.getMotDePasse())).isTrue();
	}

	@Test
	void a_guessable_configured_password_stops_the_start_and_creates_nothing() {
		sansAdministrateur();

		for (String faible : new String[] { "secret", "1qaz2wsx3edc", "demo" }) {
			assertThatThrownBy(() -> demarrer(new PlateformeAdminProperties("direction@exemple.fr", faible)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("PLATEFORME_ADMIN_MOT_DE_PASSE refusé");
		}
		assertThat(utilisateurs.existsByRole(Role.ADMIN)).isFalse();
	}

	@Test
	void without_configuration_no_administrator_is_invented() {
		sansAdministrateur();

		demarrer(new PlateformeAdminProperties(null, null));

		assertThat(utilisateurs.existsByRole(Role.ADMIN)).isFalse();
	}

	@Test
	void an_existing_administrator_is_left_alone() {
		long avant = utilisateurs.count();

		demarrer(new PlateformeAdminProperties("autre@exemple.fr", "secret"));

		assertThat(utilisateurs.count()).isEqualTo(avant);
		assertThat(utilisateurs.findByIdentifiant("autre@exemple.fr")).isEmpty();
	}

}
