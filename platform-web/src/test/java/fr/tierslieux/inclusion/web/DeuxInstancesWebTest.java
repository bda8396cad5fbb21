package fr.tierslieux.inclusion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.PlateformeApplication;
import fr.tierslieux.inclusion.beneficiaire.TacheDExpiration;
import fr.tierslieux.inclusion.droits.TacheDeConservation;
import fr.tierslieux.inclusion.postgres.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the platform on one database, as behind a load balancer: a person
 * logged in on one goes on working on the other, a restart logs nobody out, and a
 * scheduled job fired on both at once runs once.
 */
class DeuxInstancesWebTest {

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void arreter() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void a_session_opened_on_one_instance_goes_on_on_the_other_and_outlives_a_restart() throws Exception {
		ConfigurableApplicationContext a = demarrer();
		ConfigurableApplicationContext b = demarrer();

		ClientHttp surA = new ClientHttp(port(a)).seConnecter(ComptesDemo.CONSEILLER, ComptesDemo.MOT_DE_PASSE);
		ClientHttp surB = new ClientHttp(port(b)).avecLesCookiesDe(surA);
		assertThat(surB.get("/beneficiaires").statusCode()).isEqualTo(200);
		assertThat(surB.get("/beneficiaires").body()).contains("Conseiller référent");

		a.close();
		ConfigurableApplicationContext aRedemarree = demarrer();
		ClientHttp apresRedemarrage = new ClientHttp(port(aRedemarree)).avecLesCookiesDe(surA);
		assertThat(apresRedemarrage.get("/beneficiaires").statusCode()).isEqualTo(200);

		apresRedemarrage.post("/logout", "_csrf=" + ClientHttp.encoder(apresRedemarrage.jeton("/beneficiaires")));
		assertThat(surB.get("/beneficiaires").headers().firstValue("Location"))
			.as("déconnecté sur une instance, déconnecté sur l'autre")
			.hasValueSatisfying(lieu -> assertThat(lieu).endsWith("/login"));
	}

	@Test
	void a_job_fired_on_two_instances_at_once_runs_once() throws Exception {
		ConfigurableApplicationContext a = demarrer();
		ConfigurableApplicationContext b = demarrer();
		a.getBean(JdbcClient.class)
			.sql("delete from shedlock where name in ('expiration-des-orientations', 'conservation')")
			.update();

		assertThat(executions(a, b, instance -> instance.getBean(TacheDExpiration.class).lancer()))
			.as("expiration des orientations")
			.isEqualTo(1);
		assertThat(b.getBean(TacheDExpiration.class).lancer())
			.as("relancée juste après sur l'autre instance : déjà faite pour ce matin")
			.isNull();
		assertThat(executions(a, b, instance -> instance.getBean(TacheDeConservation.class).lancer()))
			.as("conservation")
			.isEqualTo(1);
	}

	/** Fires the job on both instances at the same moment; how many ran it. */
	private static long executions(ConfigurableApplicationContext a, ConfigurableApplicationContext b,
			Function<ConfigurableApplicationContext, Object> tache) throws Exception {
		CyclicBarrier ensemble = new CyclicBarrier(2);
		List<CompletableFuture<Object>> lancees = Stream.of(a, b).map(instance -> CompletableFuture.supplyAsync(() -> {
			try {
				ensemble.await(30, TimeUnit.SECONDS);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
			return tache.apply(instance);
		})).toList();
		long executees = 0;
		for (CompletableFuture<Object> lancee : lancees) {
			executees += lancee.get(60, TimeUnit.SECONDS) == null ? 0 : 1;
		}
		return executees;
	}

	private ConfigurableApplicationContext demarrer() {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(PlateformeApplication.class)
			.initializers(new TestDatabaseInitializer())
			// as command-line arguments, above the configuration files
			.run("--server.port=0", "--plateforme.demo.enabled=true",
					"--plateforme.badges.cles=target/badges/cles-de-test.jwks", "--spring.mail.port=3025",
					// the scheduled jobs are fired by the test, not by the clock
					"--plateforme.orientations.cron=-", "--plateforme.sorties.cron=-",
					"--plateforme.conservation.cron=-");
		instances.add(instance);
		return instance;
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

}
