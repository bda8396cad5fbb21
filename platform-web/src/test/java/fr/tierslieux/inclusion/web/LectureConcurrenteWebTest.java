package fr.tierslieux.inclusion.web;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.DeuxRegions;
import fr.tierslieux.inclusion.kit.DeuxRegions.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four times as many people as the pool has connections open a person's page at the same
 * moment, over real HTTP: every one gets the page, within seconds, and every read has its
 * audit line. (A read-only transaction holding one connection while the audit waited for
 * a second one froze the platform at 32 readers.)
 */
@WebTest
class LectureConcurrenteWebTest {

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	DeuxRegions deuxRegions;

	@Autowired
	AuditService audit;

	@Test
	void four_times_the_pool_size_of_concurrent_record_reads_all_get_their_page() throws Exception {
		Scenario s = deuxRegions.creer();
		ClientHttp conseiller = new ClientHttp(port).seConnecter(s.conseillerA1().identifiant(),
				CompteKit.MOT_DE_PASSE);
		int lecteurs = 4 * dataSource.getMaximumPoolSize();
		int lignesAvant = audit.historique("BENEFICIAIRE", s.partagee()).size();

		CountDownLatch depart = new CountDownLatch(1);
		ExecutorService executeur = Executors.newFixedThreadPool(lecteurs);
		List<Future<HttpResponse<String>>> reponses = new ArrayList<>();
		for (int i = 0; i < lecteurs; i++) {
			Callable<HttpResponse<String>> lecture = () -> {
				depart.await();
				return conseiller.get("/beneficiaires/" + s.partagee());
			};
			reponses.add(executeur.submit(lecture));
		}
		long debut = System.nanoTime();
		depart.countDown();
		List<Integer> statuts = new ArrayList<>();
		for (Future<HttpResponse<String>> reponse : reponses) {
			statuts.add(reponse.get(20, TimeUnit.SECONDS).statusCode());
		}
		Duration duree = Duration.ofNanos(System.nanoTime() - debut);
		executeur.shutdown();

		System.out.printf("%d lectures simultanées d'une fiche (pool de %d connexions) : %d ms%n", lecteurs,
				dataSource.getMaximumPoolSize(), duree.toMillis());
		assertThat(statuts).hasSize(lecteurs).containsOnly(200);
		assertThat(duree).isLessThan(Duration.ofSeconds(10));
		assertThat(audit.historique("BENEFICIAIRE", s.partagee())).hasSize(lignesAvant + lecteurs);
	}

	/**
	 * Every connection held elsewhere: a French 503 within seconds, then the page again.
	 */
	@Test
	void an_exhausted_pool_answers_503_with_retry_after_then_recovers() throws Exception {
		Scenario s = deuxRegions.creer();
		ClientHttp conseiller = new ClientHttp(port).seConnecter(s.conseillerA1().identifiant(),
				CompteKit.MOT_DE_PASSE);
		List<Connection> tenues = new ArrayList<>();
		try {
			while (tenues.size() < dataSource.getMaximumPoolSize()) {
				tenues.add(dataSource.getConnection());
			}
			long debut = System.nanoTime();
			HttpResponse<String> reponse = conseiller.get("/beneficiaires/" + s.partagee());
			Duration attente = Duration.ofNanos(System.nanoTime() - debut);

			System.out.printf("Pool épuisé : réponse %d en %d ms%n", reponse.statusCode(), attente.toMillis());
			assertThat(reponse.statusCode()).isEqualTo(503);
			assertThat(reponse.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(reponse.body()).contains("Service momentanément indisponible");
			assertThat(attente).isLessThan(Duration.ofSeconds(6));
		}
		finally {
			for (Connection connexion : tenues) {
				connexion.close();
			}
		}
		assertThat(conseiller.get("/beneficiaires/" + s.partagee()).statusCode()).isEqualTo(200);
	}

}
