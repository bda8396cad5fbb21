package fr.tierslieux.inclusion.postgres;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database of `./mvnw … spring-boot:run`: persistent, single-user,
 * self-healing.
 */
class LocalPostgresTest {

	@TempDir
	Path dossier;

	@Test
	void data_survive_a_restart() throws Exception {
		Path donnees = dossier.resolve("postgres");
		try (LocalPostgres postgres = LocalPostgres.start(donnees, 0)) {
			executer(postgres.jdbcUrl(), "create table note (texte text); insert into note values ('gardée')");
		}
		try (LocalPostgres postgres = LocalPostgres.start(donnees, 0)) {
			assertThat(lire(postgres.jdbcUrl(), "select texte from note")).isEqualTo("gardée");
		}
	}

	@Test
	void a_second_platform_on_the_same_directory_is_told_clearly() throws Exception {
		Path donnees = dossier.resolve("postgres");
		try (LocalPostgres premiere = LocalPostgres.start(donnees, 0)) {
			assertThatThrownBy(() -> LocalPostgres.start(donnees, 0)).isInstanceOf(RepertoireOccupeException.class)
				.hasMessageContaining("Une autre instance de la plateforme utilise déjà");
			assertThat(lire(premiere.jdbcUrl(), "select 'toujours là'")).isEqualTo("toujours là");
		}
	}

	@Test
	void a_server_left_behind_by_a_killed_platform_is_stopped_and_replaced() throws Exception {
		Path donnees = dossier.resolve("postgres");
		Process plateforme = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ServeurQuiSeraTue.class.getName(), donnees.toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String url;
		try (BufferedReader sortie = new BufferedReader(new InputStreamReader(plateforme.getInputStream()))) {
			url = sortie.lines().filter(l -> l.startsWith("PRET ")).findFirst().orElseThrow().substring(5);
			executer(url, "create table note (texte text); insert into note values ('avant')");
		}
		plateforme.destroyForcibly().waitFor();

		try (LocalPostgres postgres = LocalPostgres.start(donnees, 0)) {
			assertThat(lire(postgres.jdbcUrl(), "select texte from note")).isEqualTo("avant");
		}
	}

	private static void executer(String url, String sql) throws Exception {
		try (Connection connexion = DriverManager.getConnection(url);
				Statement statement = connexion.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String lire(String url, String sql) throws Exception {
		try (Connection connexion = DriverManager.getConnection(url);
				Statement statement = connexion.createStatement();
				ResultSet resultat = statement.executeQuery(sql)) {
			resultat.next();
			return resultat.getString(1);
		}
	}

}
