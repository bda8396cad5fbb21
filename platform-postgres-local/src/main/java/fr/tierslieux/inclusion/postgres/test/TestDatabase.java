package fr.tierslieux.inclusion.postgres.test;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL shared by all tests of a JVM. A Testcontainers PostgreSQL 17 when a
 * Docker engine answers, otherwise the embedded PostgreSQL 17 in a throw-away directory.
 * Set {@code PLATEFORME_TEST_DATABASE=embedded} or {@code testcontainers} to force one.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static Connection connection;

	private TestDatabase() {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = useTestcontainers() ? startContainer() : startEmbedded();
		}
		return connection;
	}

	private static boolean useTestcontainers() {
		String choice = System.getenv("PLATEFORME_TEST_DATABASE");
		if ("embedded".equalsIgnoreCase(choice)) {
			return false;
		}
		if ("testcontainers".equalsIgnoreCase(choice)) {
			return true;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | NoClassDefFoundError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' Ryuk
									// removes it
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		log.info("Base de test : PostgreSQL {} (Testcontainers)", container.getJdbcUrl());
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					log.warn("Arrêt de PostgreSQL embarqué", ex);
				}
			}));
			log.info("Base de test : PostgreSQL embarqué sur le port {}", postgres.getPort());
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL embarqué n'a pas démarré", ex);
		}
	}

	/** JDBC coordinates of the test database. */
	public record Connection(String url, String username, String password) {
	}

}
