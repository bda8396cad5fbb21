package fr.tierslieux.inclusion.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A working day compressed: coordinators, counsellors and facilitators, each signed in
 * with their own account, go through their pages at a steady total rate (100 requests/s by
 * default), beside the reference page. Fails when a page misses p95 &lt; 100 ms, p99 &lt;
 * 300 ms, or when any request fails. Run by {@code scripts/banc.sh}.
 * <p>
 * System properties: {@code banc.url}, {@code banc.donnees} ({@code national}: the
 * generated accounts, {@code demo}: the demo accounts), {@code banc.debit} (requests per
 * second), {@code banc.secondes}.
 */
public class ParcoursParRoleSimulation extends Simulation {

	static final String URL = System.getProperty("banc.url", "http://localhost:8080");

	static final boolean NATIONAL = !"demo".equals(System.getProperty("banc.donnees", "national"));

	static final int DEBIT = Integer.getInteger("banc.debit", 100);

	static final Duration DUREE = Duration.ofSeconds(Long.getLong("banc.secondes", 120));

	/** A month the generated sessions fill (September 2025 to summer 2026). */
	static final String AGENDA = NATIONAL ? "/agenda?mois=2026-01" : "/agenda";

	static final int COORDINATIONS = 6;

	static final int CONSEILLERS = 8;

	static final int FACILITATEURS = 4;

	static final int LECTEURS_REFERENCE = 2;

	/** Every virtual user sends one request per step: together, the rate asked for. */
	static final Duration PAS = Duration
		.ofMillis(1000L * (COORDINATIONS + CONSEILLERS + FACILITATEURS + LECTEURS_REFERENCE) / DEBIT);

	static final List<String> PAGES = List.of("tableau de bord", "bénéficiaires", "bénéficiaires page profonde",
			"fiche", "recherche", "ateliers", "ateliers page profonde", "référence", "binômes", "binôme",
			"fiche ping-pong", "agenda", "séance", "émargement", "séances d'un parcours", "fiche navette", "progression",
			"suivis à faire", "exports");

	HttpProtocolBuilder protocole = http.baseUrl(URL).acceptHeader("text/html").userAgentHeader("banc-plateforme");

	static Iterator<Map<String, Object>> comptes(String role, int nombre) {
		List<Map<String, Object>> comptes = new ArrayList<>();
		for (int i = 1; i <= nombre; i++) {
			String identifiant = switch (role) {
				case "coordination" -> NATIONAL ? "coordination." + new String[] { "11", "84", "75", "76", "32", "44" }[(i - 1) % 6]
						+ "@national.invalid" : "coordination@demo.fr";
				case "conseiller" -> NATIONAL ? "conseiller." + i * 37 + "@national.invalid" : "conseiller@demo.fr";
				default -> NATIONAL ? "facilitateur." + i * 131 + "@national.invalid" : "facilitateur@demo.fr";
			};
			comptes.add(Map.of("identifiant", identifiant, "motDePasse", NATIONAL ? "national" : "demo"));
		}
		return Stream.generate(() -> comptes.get(ThreadLocalRandom.current().nextInt(comptes.size()))).iterator();
	}

	static ChainBuilder connexion() {
		return exec(http("connexion (formulaire)").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
			.exec(http("connexion").post("/login")
				.formParam("username", "#{identifiant}")
				.formParam("password", "#{motDePasse}")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200)));
	}

	/**
	 * Deep into a list: each time, the page after the one this user read last, by its
	 * "Page suivante" link (keyset pagination: no page numbers to jump to); back to the
	 * start at the end of the list. Over a run, a user walks hundreds of pages down.
	 */
	static ChainBuilder pageSuivante(String nom, String liste) {
		String suite = "suite" + liste.replace("/", "-");
		return exec(session -> session.set("url", session.contains(suite) ? session.getString(suite) : liste)
			.remove(suite))
			.exec(http(nom).get("#{url}")
				.check(regex("href=\"(" + liste + "\\?apres=\\d+)\"").optional().saveAs(suite)));
	}

	static ChainBuilder beneficiaires() {
		return exec(http("bénéficiaires").get("/beneficiaires")
			.check(regex("href=\"/beneficiaires/(\\d+)\"").findRandom().optional().saveAs("fiche"))
			.check(css("input[name='_csrf']", "value").optional().saveAs("csrf")));
	}

	/**
	 * The reader's binômes, then one of them: its page for the coordination, its fiche
	 * ping-pong for a referent.
	 */
	static ChainBuilder binomes(String suite, String nom) {
		return exec(http("binômes").get("/binomes")
			.check(regex("href=\"/binomes/(\\d+)\"").findRandom().optional().saveAs("binome")))
			.doIf(session -> session.contains("binome"))
			.then(exec(http(nom).get("/binomes/#{binome}" + suite)));
	}

	/** The cockpit narrowed to one of the coordination's vagues (the filter kept in the URL). */
	static ChainBuilder tableauDeBordFiltre() {
		return exec(http("restitutions").get("/restitutions")
			.check(regex("href=\"/restitutions/(\\d+)\"").findRandom().optional().saveAs("vague")))
			.doIf(session -> session.contains("vague"))
			.then(exec(http("tableau de bord d'une vague").get("/tableau-de-bord?vague=#{vague}")));
	}

	/** The budget of the coordination's vagues, then one vague's report. */
	static ChainBuilder budget() {
		return exec(http("budget").get("/budget")
			.check(regex("href=\"/budget/(\\d+)\"").findRandom().optional().saveAs("vagueBudget")))
			.doIf(session -> session.contains("vagueBudget"))
			.then(exec(http("bilan budgétaire").get("/budget/#{vagueBudget}")));
	}

	/** The restitutions the coordination reads, then one vague's (aggregates of all its people). */
	static ChainBuilder restitution() {
		return exec(http("restitutions").get("/restitutions")
			.check(regex("href=\"/restitutions/(\\d+)\"").findRandom().optional().saveAs("vague")))
			.doIf(session -> session.contains("vague"))
			.then(exec(http("restitution d'une vague").get("/restitutions/#{vague}")));
	}

	/** One of the facilitator's sessions from their list, then its sign-in sheet. */
	static ChainBuilder seanceEtEmargement() {
		return exec(http("ateliers").get("/ateliers")
			.check(regex("href=\"/seances/(\\d+)\"").findRandom().optional().saveAs("seance")))
			.doIf(session -> session.contains("seance"))
			.then(exec(http("séance").get("/seances/#{seance}"))
				.exec(http("émargement").get("/seances/#{seance}/emargement")));
	}

	/** A binôme of the counsellor's agence, then the calendar of one of its parcours. */
	static ChainBuilder seancesDUnParcours() {
		return exec(http("binômes").get("/binomes")
			.check(regex("href=\"/binomes/(\\d+)\"").findRandom().optional().saveAs("binome")))
			.doIf(session -> session.contains("binome"))
			.then(exec(http("binôme").get("/binomes/#{binome}")
				.check(regex("href=\"/parcours/(\\d+)/seances\"").findRandom().optional().saveAs("parcours")))
				.doIf(session -> session.contains("parcours"))
				.then(exec(http("séances d'un parcours").get("/parcours/#{parcours}/seances"))));
	}

	ScenarioBuilder coordination = scenario("coordination").feed(comptes("coordination", COORDINATIONS))
		.exec(connexion())
		.during(DUREE)
		.on(pace(PAS)
			.randomSwitch()
			.on(percent(15.0).then(exec(http("tableau de bord").get("/tableau-de-bord"))),
					percent(5.0).then(tableauDeBordFiltre()),
					percent(5.0).then(budget()),
					percent(20.0).then(beneficiaires()),
					percent(15.0).then(pageSuivante("bénéficiaires page profonde", "/beneficiaires")),
					percent(5.0).then(restitution()),
					percent(15.0).then(exec(http("ateliers").get("/ateliers"))),
					percent(15.0).then(binomes("", "binôme")),
					percent(5.0).then(exec(http("exports").get("/exports")))));

	ScenarioBuilder conseiller = scenario("conseiller").feed(comptes("conseiller", CONSEILLERS))
		.exec(connexion())
		.exec(beneficiaires())
		.during(DUREE)
		.on(pace(PAS)
			.randomSwitch()
			.on(percent(25.0).then(beneficiaires()),
					percent(20.0).then(doIfFiche()),
					percent(5.0).then(doIf(session -> session.contains("fiche"))
						.then(exec(http("progression").get("/beneficiaires/#{fiche}/progression")))),
					percent(5.0).then(exec(http("suivis à faire").get("/suivis"))),
					percent(10.0).then(binomes("/fiche", "fiche ping-pong")),
					percent(5.0).then(binomes("/navette", "fiche navette")),
					percent(5.0).then(seancesDUnParcours()),
					percent(10.0).then(exec(http("annuaire").get("/annuaire"))),
					percent(15.0).then(exec(http("recherche").post("/beneficiaires/recherche")
						.formParam("q", "mar")
						.formParam("_csrf", "#{csrf}")))));

	ScenarioBuilder facilitateur = scenario("facilitateur").feed(comptes("facilitateur", FACILITATEURS))
		.exec(connexion())
		.during(DUREE)
		.on(pace(PAS)
			.randomSwitch()
			.on(percent(25.0).then(exec(http("ateliers").get("/ateliers"))),
					percent(5.0).then(binomes("/fiche", "fiche ping-pong")),
					percent(10.0).then(pageSuivante("ateliers page profonde", "/ateliers")),
					percent(5.0).then(binomes("/badges", "badges du binôme")),
					percent(15.0).then(beneficiaires()),
					percent(10.0).then(pageSuivante("annuaire page profonde", "/annuaire")),
					percent(15.0).then(exec(http("agenda").get(AGENDA))),
					percent(15.0).then(seanceEtEmargement())));

	ScenarioBuilder reference = scenario("référence").feed(comptes("coordination", LECTEURS_REFERENCE))
		.exec(connexion())
		.during(DUREE)
		.on(pace(PAS).exec(http("référence").get("/reference/fortunes")));

	static ChainBuilder doIfFiche() {
		return doIf(session -> session.contains("fiche")).then(exec(http("fiche").get("/beneficiaires/#{fiche}")));
	}

	{
		List<PopulationBuilder> populations = List.of(coordination.injectOpen(atOnceUsers(COORDINATIONS)),
				conseiller.injectOpen(atOnceUsers(CONSEILLERS)), facilitateur.injectOpen(atOnceUsers(FACILITATEURS)),
				reference.injectOpen(atOnceUsers(LECTEURS_REFERENCE)));
		List<Assertion> cibles = new ArrayList<>();
		cibles.add(global().failedRequests().count().is(0L));
		for (String page : PAGES) {
			cibles.add(details(page).responseTime().percentile(95.0).lt(100));
			cibles.add(details(page).responseTime().percentile(99.0).lt(300));
		}
		setUp(populations).protocols(protocole).assertions(cibles);
	}

}
