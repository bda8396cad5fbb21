package fr.tierslieux.inclusion.web;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in every path variable, and in every request parameter and form field
 * that any route reads (found in the handlers' signatures and form classes), over real
 * HTTP (Tomcat decodes them), as forms and as file uploads: NUL and control characters,
 * huge and negative numbers, 20,000-character strings, malformed UTF-8, HTML, SQL, dates
 * and types that are not. None gets a 5xx, and no table changes: every value names a
 * record that does not exist or is refused by its form.
 */
@WebTest
class EntreesInvalidesWebTest {

	/** Already URL-encoded, so that malformed bytes reach the server as they are. */
	static final List<String> VALEURS = List.of("%00", "%00%01%1F", "-1", "0", "2147483647", "-2147483648",
			"99999999999999999999", "abc", "%C3%28", "%FF%FE%FD", "%E2%82", "1%27%20or%20%271%27=%271",
			"%3Cscript%3Ealert(1)%3C/script%3E", "x".repeat(20_000), "%25", "%5C", "1e309", "PROPOSEE",
			"EN_PARCOURS%00", "1.5", "true", "%5B%5D", "%7B%7D", "2026-13-45", "31%2F02%2F2026",
			"..%2F..%2Fetc%2Fpasswd", "%F0%9F%92%A9", "%E2%80%AE", "%20%20", "-0", "NaN", "%EF%BB%BF1");

	/** Parameters no signature names (read by Spring Security or by hand). */
	static final Set<String> AUTRES_PARAMETRES = Set.of("username", "password", "effacer");

	/**
	 * Tables written by the requests themselves, whatever their values: the audit trail,
	 * the sessions and the login throttle.
	 */
	static final Set<String> TABLES_DES_REQUETES = Set.of("journal_audit", "spring_session",
			"spring_session_attributes", "echec_connexion", "shedlock", "flyway_schema_history");

	/**
	 * Forms whose every field is free text, which write what they are sent (a notice's
	 * new version, a new badge key), and a button that takes no field at all (a contact
	 * noted with a person). Fuzzed after the tables are compared.
	 */
	static final Set<String> ECRIVENT_CE_QU_ON_LEUR_ENVOIE = Set.of("/administration/notice",
			"/administration/badges/rotation", "/droits/personnes/{id}/contact");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient sql;

	@Test
	void no_hostile_value_on_any_route_gets_a_server_error_or_changes_a_row() throws Exception {
		ClientHttp admin = new ClientHttp(port).seConnecter(ComptesDemo.ADMIN, ComptesDemo.MOT_DE_PASSE);
		String jeton = admin.jeton("/beneficiaires");
		Set<String> parametres = parametres();
		Map<String, String> avant = empreintes();
		List<String> erreurs = new ArrayList<>();
		int requetes = envoyer(admin, jeton, parametres, false, erreurs);
		Map<String, String> apres = empreintes();
		requetes += envoyer(admin, jeton, parametres, true, erreurs);
		List<String> changees = avant.keySet().stream().filter(t -> !avant.get(t).equals(apres.get(t))).toList();

		System.out.printf("%d requêtes hostiles (%d valeurs, %d paramètres), %d erreurs serveur, %d tables changées%n",
				requetes, VALEURS.size(), parametres.size(), erreurs.size(), changees.size());
		assertThat(erreurs).isEmpty();
		assertThat(changees).as("tables changées").isEmpty();
		assertThat(requetes).isGreaterThan(5_000);
	}

	/**
	 * Every value to every route (or to the free-text forms only), as its method and type
	 * ask.
	 * @return how many requests were sent
	 */
	private int envoyer(ClientHttp admin, String jeton, Set<String> parametres, boolean texteLibre,
			List<String> erreurs) throws Exception {
		int requetes = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = route.getKey();
			boolean post = info.getMethodsCondition().getMethods().contains(RequestMethod.POST);
			boolean fichier = post && prendUnFichier(route.getValue());
			for (String motif : info.getPathPatternsCondition().getPatternValues()) {
				if (ECRIVENT_CE_QU_ON_LEUR_ENVOIE.contains(motif) != texteLibre) {
					continue;
				}
				for (String valeur : VALEURS) {
					String chemin = motif.replaceAll("\\{[^}]+}", valeur.length() > 100 ? "1" : valeur);
					String formulaire = String.join("&", parametres.stream().map(p -> p + "=" + valeur).toList());
					HttpResponse<String> reponse;
					if (fichier) {
						reponse = admin.post(chemin, "multipart/form-data; boundary=" + LIMITE,
								multipart(parametres, valeur, jeton));
					}
					else if (post) {
						reponse = admin.post(chemin, formulaire + "&_csrf=" + ClientHttp.encoder(jeton));
					}
					else {
						reponse = admin.get(chemin + "?" + formulaire);
					}
					requetes++;
					if (reponse.statusCode() >= 500) {
						erreurs.add(reponse.statusCode() + " " + (post ? "POST " : "GET ") + chemin + " ← "
								+ valeur.substring(0, Math.min(valeur.length(), 40)));
					}
				}
			}
		}
		return requetes;
	}

	/**
	 * Every parameter a handler reads, by name, and every property of its form classes.
	 */
	private Set<String> parametres() {
		Set<String> noms = new TreeSet<>(AUTRES_PARAMETRES);
		for (HandlerMethod methode : mappings.getHandlerMethods().values()) {
			for (MethodParameter parametre : methode.getMethodParameters()) {
				RequestParam lu = parametre.getParameterAnnotation(RequestParam.class);
				if (lu != null && !lu.name().isEmpty()) {
					noms.add(lu.name());
				}
				else if (lu != null && parametre.getParameterName() != null) {
					noms.add(parametre.getParameterName());
				}
				if (parametre.hasParameterAnnotation(ModelAttribute.class)) {
					for (PropertyDescriptor propriete : BeanUtils
						.getPropertyDescriptors(parametre.getParameterType())) {
						if (propriete.getWriteMethod() != null) {
							noms.add(propriete.getName());
						}
					}
				}
			}
		}
		return noms;
	}

	private static boolean prendUnFichier(HandlerMethod methode) {
		for (MethodParameter parametre : methode.getMethodParameters()) {
			if (MultipartFile.class.isAssignableFrom(parametre.getParameterType())) {
				return true;
			}
			if (parametre.hasParameterAnnotation(ModelAttribute.class)) {
				for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(parametre.getParameterType())) {
					if (MultipartFile.class.isAssignableFrom(p.getPropertyType())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	static final String LIMITE = "----limite-hostile";

	/** Every parameter as a part, and files holding the decoded bytes of the value. */
	private static byte[] multipart(Set<String> parametres, String valeur, String jeton) {
		byte[] octets = URLDecoder.decode(valeur, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream corps = new ByteArrayOutputStream();
		for (String nom : parametres) {
			partie(corps, nom, null, octets);
		}
		for (String fichier : List.of("fichier", "image")) {
			partie(corps, fichier, "hostile.csv", octets);
		}
		partie(corps, "_csrf", null, jeton.getBytes(StandardCharsets.US_ASCII));
		corps.writeBytes(("--" + LIMITE + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return corps.toByteArray();
	}

	private static void partie(ByteArrayOutputStream corps, String nom, String fichier, byte[] contenu) {
		String entete = "--" + LIMITE + "\r\nContent-Disposition: form-data; name=\"" + nom + "\""
				+ (fichier == null ? "" : "; filename=\"" + fichier + "\"\r\nContent-Type: application/octet-stream")
				+ "\r\n\r\n";
		corps.writeBytes(entete.getBytes(StandardCharsets.US_ASCII));
		corps.writeBytes(contenu);
		corps.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	/** An md5 of each table's rows, except those every request writes. */
	private Map<String, String> empreintes() {
		Map<String, String> empreintes = new TreeMap<>();
		for (String table : sql.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'""").query(String.class).list()) {
			if (!TABLES_DES_REQUETES.contains(table)) {
				empreintes.put(table, sql
					.sql("select coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from " + table
							+ " t")
					.query(String.class)
					.single());
			}
		}
		return empreintes;
	}

}
