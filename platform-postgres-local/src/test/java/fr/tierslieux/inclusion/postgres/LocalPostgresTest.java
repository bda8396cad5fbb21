package fr.tierslieux.inclusion.postgres;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
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

	/**
	 * A power cut must not lose committed work: PostgreSQL's defaults, not the library's.
	 */
	@Test
	void the_platform_database_flushes_every_commit_to_disk() throws Exception {
		try (LocalPostgres postgres = LocalPostgres.start(dossier.resolve("postgres"), 0)) {
			assertThat(lire(postgres.jdbcUrl(), "show fsync")).isEqualTo("on");
			assertThat(lire(postgres.jdbcUrl(), "show synchronous_commit")).isEqualTo("on");
			assertThat(lire(postgres.jdbcUrl(), "show full_page_writes")).isEqualTo("on");
		}
	}

	/**
	 * The backup and restore of docs/exploitation.md: a copy of the stopped directory.
	 */
	@Test
	void a_copy_of_the_stopped_data_directory_restores_the_database() throws Exception {
		Path donnees = dossier.resolve("postgres");
		Path sauvegarde = dossier.resolve("sauvegarde");
		try (LocalPostgres postgres = LocalPostgres.start(donnees, 0)) {
			executer(postgres.jdbcUrl(), "create table note (texte text); insert into note values ('sauvegardée')");
		}
		copier(donnees, sauvegarde);
		try (LocalPostgres postgres = LocalPostgres.start(donnees, 0)) {
			executer(postgres.jdbcUrl(), "delete from note; insert into note values ('après la sauvegarde')");
		}

		supprimer(donnees);
		copier(sauvegarde, donnees);

		try (LocalPostgres postgres = LocalPostgres.start(donnees, 0)) {
			assertThat(lire(postgres.jdbcUrl(), "select string_agg(texte, ',') from note")).isEqualTo("sauvegardée");
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

	private static void copier(Path source, Path cible) throws Exception {
		try (Stream<Path> fichiers = Files.walk(source)) {
			for (Path fichier : fichiers.toList()) {
				Path copie = cible.resolve(source.relativize(fichier).toString());
				// like tar or cp -a: PostgreSQL refuses a data directory that is not 0700
				Files.copy(fichier, copie, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private static void supprimer(Path dossier) throws Exception {
		try (Stream<Path> fichiers = Files.walk(dossier)) {
			for (Path fichier : fichiers.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(fichier);
			}
		}
	}

}
