package fr.tierslieux.inclusion.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in every path variable, query parameter and form field of every route,
 * over real HTTP (Tomcat decodes them): NUL and control characters, huge and negative
 * numbers, 20,000-character strings, malformed UTF-8. None gets a 5xx.
 */
@WebTest
class EntreesInvalidesWebTest {

	/** Already URL-encoded, so that malformed bytes reach the server as they are. */
	static final List<String> VALEURS = List.of("%00", "%00%01%1F", "-1", "0", "2147483647", "-2147483648",
			"99999999999999999999", "abc", "%C3%28", "%FF%FE%FD", "%E2%82", "1%27%20or%20%271%27=%271",
			"%3Cscript%3Ealert(1)%3C/script%3E", "x".repeat(20_000), "%25", "%5C", "1e309", "PROPOSEE",
			"EN_PARCOURS%00");

	/** Every parameter name the forms and lists read. */
	static final List<String> PARAMETRES = List.of("page", "apres", "avant", "q", "statut", "version", "motif",
			"orientation", "effacer");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void no_hostile_value_on_any_route_gets_a_server_error() throws Exception {
		ClientHttp admin = new ClientHttp(port).seConnecter(ComptesDemo.ADMIN, ComptesDemo.MOT_DE_PASSE);
		String jeton = admin.jeton("/beneficiaires");
		List<String> erreurs = new ArrayList<>();
		int requetes = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			boolean post = info.getMethodsCondition().getMethods().contains(RequestMethod.POST);
			for (String route : info.getPathPatternsCondition().getPatternValues()) {
				for (String valeur : VALEURS) {
					String chemin = route.replaceAll("\\{[^}]+}", valeur.length() > 100 ? "1" : valeur);
					String parametres = String.join("&", PARAMETRES.stream().map(p -> p + "=" + valeur).toList());
					HttpResponse<String> reponse = post
							? admin.post(chemin, parametres + "&_csrf=" + ClientHttp.encoder(jeton))
							: admin.get(chemin + "?" + parametres);
					requetes++;
					if (reponse.statusCode() >= 500) {
						erreurs.add(reponse.statusCode() + " " + (post ? "POST " : "GET ") + chemin + " ← "
								+ valeur.substring(0, Math.min(valeur.length(), 40)));
					}
				}
			}
		}
		System.out.printf("%d requêtes hostiles, %d erreurs serveur%n", requetes, erreurs.size());
		assertThat(erreurs).isEmpty();
		assertThat(requetes).isGreaterThan(100);
	}

}
