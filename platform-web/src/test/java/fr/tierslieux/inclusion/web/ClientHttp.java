package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client over real HTTP: it keeps its session cookie and logs in through
 * the login form, CSRF token included, as a person would.
 */
final class ClientHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	ClientHttp(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	ClientHttp seConnecter(String identifiant, String motDePasse) throws IOException, InterruptedException {
		HttpResponse<String> reponse = post("/login", "username=" + encoder(identifiant) + "&password="
				+ encoder(motDePasse) + "&_csrf=" + encoder(jeton("/login")));
		if (reponse.statusCode() != 302 || reponse.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Connexion refusée pour " + identifiant);
		}
		return this;
	}

	/** The CSRF token of a page's forms. */
	String jeton(String chemin) throws IOException, InterruptedException {
		Matcher m = CSRF.matcher(get(chemin).body());
		if (!m.find()) {
			throw new IllegalStateException("Pas de jeton CSRF sur " + chemin);
		}
		return m.group(1);
	}

	HttpResponse<String> get(String chemin) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + chemin)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String chemin, String formulaire) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + chemin))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formulaire))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String encoder(String valeur) {
		return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
	}

}
