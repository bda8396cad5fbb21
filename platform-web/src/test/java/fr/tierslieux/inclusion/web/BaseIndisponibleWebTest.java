package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import fr.tierslieux.inclusion.postgres.LocalPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes down under a running platform, then comes back: users get the French
 * 503 page with Retry-After within seconds (not a 500 after 30 s), readiness goes DOWN,
 * and the platform recovers on its own. A context of its own, on a PostgreSQL this test
 * stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plateforme.demo.enabled=true", "plateforme.badges.cles=target/badges/cles-de-test.jwks" })
@ContextConfiguration(initializers = BaseIndisponibleWebTest.BaseArretable.class)
@DirtiesContext
class BaseIndisponibleWebTest {

	static Path dossier;

	static int portBase;

	static LocalPostgres postgres;

	@LocalServerPort
	int port;

	/**
	 * Starts the PostgreSQL of this test on a fixed port, so that it comes back there.
	 */
	static class BaseArretable implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			try (ServerSocket libre = new ServerSocket(0)) {
				portBase = libre.getLocalPort();
				libre.close();
				dossier = Files.createTempDirectory("base-arretable");
				postgres = LocalPostgres.start(dossier.resolve("postgres"), portBase);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("baseArretable", Map.of("spring.datasource.url", postgres.jdbcUrl(),
						"spring.datasource.username", "postgres", "spring.datasource.password", "postgres")));
		}

	}

	@AfterAll
	static void arreter() throws IOException {
		postgres.close();
	}

	@Test
	void an_outage_answers_503_within_seconds_and_the_platform_recovers_by_itself() throws Exception {
		ClientHttp conseiller = new ClientHttp(port).seConnecter(ComptesDemo.CONSEILLER, ComptesDemo.MOT_DE_PASSE);
		Matcher lien = Pattern.compile("href=\"(/beneficiaires/\\d+)\"")
			.matcher(conseiller.get("/beneficiaires").body());
		assertThat(lien.find()).isTrue();
		String fiche = lien.group(1);
		String jeton = new ClientHttp(port).jeton("/login");
		assertThat(conseiller.get(fiche).statusCode()).isEqualTo(200);

		postgres.close();

		long debut = System.nanoTime();
		HttpResponse<String> pendantLaPanne = conseiller.get(fiche);
		Duration attente = Duration.ofNanos(System.nanoTime() - debut);
		System.out.printf("Base arrêtée : réponse %d en %d ms%n", pendantLaPanne.statusCode(), attente.toMillis());
		assertThat(pendantLaPanne.statusCode()).isEqualTo(503);
		assertThat(pendantLaPanne.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(pendantLaPanne.body()).contains("<html lang=\"fr\"", "Service momentanément indisponible")
			.doesNotContain("Exception", "at org.");
		assertThat(attente).isLessThan(Duration.ofSeconds(8));
		// the load balancer's probe, which carries no session
		HttpResponse<String> readiness = new ClientHttp(port).get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("DOWN");
		HttpResponse<String> connexion = new ClientHttp(port).post("/login",
				"username=" + ClientHttp.encoder(ComptesDemo.ADMIN) + "&password=demo&_csrf=" + jeton);
		assertThat(connexion.statusCode()).as("connexion pendant la panne").isIn(503, 403);

		postgres = LocalPostgres.start(dossier.resolve("postgres"), portBase);

		int statut = 0;
		long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (statut != 200 && System.nanoTime() < limite) {
			statut = conseiller.get(fiche).statusCode();
		}
		assertThat(statut).as("fiche après le retour de la base").isEqualTo(200);
		assertThat(conseiller.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

}
