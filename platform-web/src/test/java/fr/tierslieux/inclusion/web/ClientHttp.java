package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client over real HTTP: it keeps its session cookie and logs in through
 * the login form, CSRF token included, as a person would. Like a browser, it sends
 * {@code Secure} cookies to {@code http://localhost} (the JDK's cookie manager would
 * not).
 */
public final class ClientHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	public ClientHttp(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public ClientHttp seConnecter(String identifiant, String motDePasse) throws IOException, InterruptedException {
		HttpResponse<String> reponse = post("/login", "username=" + encoder(identifiant) + "&password="
				+ encoder(motDePasse) + "&_csrf=" + encoder(jeton("/login")));
		if (reponse.statusCode() != 302 || reponse.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Connexion refusée pour " + identifiant);
		}
		return this;
	}

	/** The CSRF token of a page's forms. */
	public String jeton(String chemin) throws IOException, InterruptedException {
		return jetonDe(get(chemin));
	}

	/** The CSRF token of the forms of a page already fetched. */
	public static String jetonDe(HttpResponse<String> page) {
		Matcher m = CSRF.matcher(page.body());
		if (!m.find()) {
			throw new IllegalStateException("Pas de jeton CSRF sur " + page.uri());
		}
		return m.group(1);
	}

	/**
	 * @param entetes names and values, in turn
	 */
	public HttpResponse<String> get(String chemin, String... entetes) throws IOException, InterruptedException {
		return envoyer(HttpRequest.newBuilder(URI.create(base + chemin)), entetes);
	}

	public HttpResponse<String> post(String chemin, String formulaire, String... entetes)
			throws IOException, InterruptedException {
		return envoyer(HttpRequest.newBuilder(URI.create(base + chemin))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formulaire)), entetes);
	}

	/** A body of any type: a multipart form, a file. */
	public HttpResponse<String> post(String chemin, String type, byte[] corps)
			throws IOException, InterruptedException {
		return envoyer(HttpRequest.newBuilder(URI.create(base + chemin))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(corps)));
	}

	/**
	 * Follows this answer's redirections, on this site or another (an identity provider
	 * on localhost shares the cookie jar, as a browser keeps cookies by host), to the
	 * first answer that is not one.
	 */
	public HttpResponse<String> suivre(HttpResponse<String> reponse) throws IOException, InterruptedException {
		HttpResponse<String> derniere = reponse;
		for (int sauts = 0; derniere.statusCode() / 100 == 3; sauts++) {
			if (sauts == 20) {
				throw new IllegalStateException("Redirections sans fin depuis " + reponse.uri());
			}
			derniere = envoyer(HttpRequest
				.newBuilder(derniere.uri().resolve(derniere.headers().firstValue("Location").orElseThrow())));
		}
		return derniere;
	}

	/** A form posted to any address, as {@link #suivre} may have left this site. */
	public HttpResponse<String> post(URI adresse, String formulaire) throws IOException, InterruptedException {
		return envoyer(HttpRequest.newBuilder(adresse)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formulaire)));
	}

	/** The value of a cookie the server set and has not deleted, or {@code null}. */
	public String cookie(String nom) {
		return cookies.get(nom);
	}

	/** The same session in another client, as a second tab would share it. */
	public ClientHttp avecLesCookiesDe(ClientHttp autre) {
		cookies.putAll(autre.cookies);
		return this;
	}

	private HttpResponse<String> envoyer(HttpRequest.Builder requete, String... entetes)
			throws IOException, InterruptedException {
		requete.timeout(Duration.ofSeconds(30));
		if (entetes.length > 0) {
			requete.headers(entetes);
		}
		if (!cookies.isEmpty()) {
			requete.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(c -> c.getKey() + "=" + c.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> reponse = http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
		reponse.headers().allValues("Set-Cookie").stream().flatMap(c -> HttpCookie.parse(c).stream()).forEach(c -> {
			if (c.getMaxAge() == 0 || c.hasExpired()) {
				cookies.remove(c.getName());
			}
			else {
				cookies.put(c.getName(), c.getValue());
			}
		});
		return reponse;
	}

	public static String encoder(String valeur) {
		return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
	}

}
