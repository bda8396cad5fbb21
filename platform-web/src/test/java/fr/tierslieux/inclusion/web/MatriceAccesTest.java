package fr.tierslieux.inclusion.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.tierslieux.inclusion.compte.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the application and every role, against {@link Page}, the one place that
 * says who opens what: a new route outside every page fails the build, and each role gets
 * exactly the pages of its line (anything but 403), every other one 403.
 */
@WebTest
class MatriceAccesTest {

	/** Routes open to everybody, and the home page, which redirects each role. */
	static final Set<String> PUBLIQUES = Set.of("/login", "/login/attente", "/error", "/invitation/{jeton}",
			"/notice-information", "/notice-information/{version}", "/carnet/{jeton}", "/carnet/{jeton}/seances.ics",
			"/carnet", "/pointage/{code}", "/carnet/{jeton}/progression", "/carnet/{jeton}/seances",
			"/carnet/{jeton}/seances/{seance}", "/carnet/{jeton}/badges", "/carnet/{jeton}/temoignage",
			"/carnet/{jeton}/temoignage/retrait", "/badges/{code}", "/badges/{code}/badge.json",
			"/badges/{code}/badge.jwt", "/badges/{code}/badge.png", "/badges/verification", "/badges/cles",
			"/badges/statuts/{numero}", "/badges/emetteurs/{id}", "/badges/definitions/{id}",
			"/badges/definitions/{id}/image.png", "/statistiques/{region}");

	static final String ACCUEIL = "/";

	/**
	 * Writes inside a binôme that its page opens to more roles than may make them: the
	 * referents write the fiche and the canvas and tick the success factors, the
	 * coordination moves the phase and names the referents. The services refuse the other
	 * roles (403), or answer 404 for a binôme outside their perimeter; this test's empty
	 * form may be refused first (400).
	 */
	static final Set<Role> REFERENTS = Set.of(Role.CONSEILLER, Role.FACILITATEUR);

	static final Set<Role> COORDINATION = Set.of(Role.ADMIN, Role.COORDINATEUR);

	static final Set<Role> TIERS_LIEU_ET_COORDINATION = Set.of(Role.ADMIN, Role.COORDINATEUR, Role.FACILITATEUR);

	static final Map<String, Set<Role>> ECRITURES_D_UN_BINOME = Map.ofEntries(
			Map.entry("/binomes/{id}/fiche", REFERENTS), Map.entry("/binomes/{id}/canevas", REFERENTS),
			Map.entry("/binomes/{id}/facteurs", REFERENTS), Map.entry("/binomes/{id}/navette", REFERENTS),
			Map.entry("/binomes/{id}/navette/personnes/{personne}", REFERENTS),
			Map.entry("/binomes/{id}/phase", COORDINATION), Map.entry("/binomes/{id}/referents", COORDINATION),
			Map.entry("/parcours/{id}/seances", TIERS_LIEU_ET_COORDINATION),
			Map.entry("/seances/{id}", TIERS_LIEU_ET_COORDINATION),
			Map.entry("/seances/{id}/emargement", TIERS_LIEU_ET_COORDINATION),
			Map.entry("/seances/{id}/annulation", TIERS_LIEU_ET_COORDINATION),
			Map.entry("/seances/{id}/retours", TIERS_LIEU_ET_COORDINATION),
			// directions read a restitution, its coordination writes it
			Map.entry("/restitutions/{id}/atelier", COORDINATION),
			Map.entry("/restitutions/{id}/temoignages/{temoignage}", COORDINATION),
			// the tiers-lieu gives its badges; it and the coordination revoke them
			Map.entry("/binomes/{id}/badges/{badge}/attributions", Set.of(Role.FACILITATEUR)),
			Map.entry("/binomes/{id}/badges/attribues/{attribue}/revocation", TIERS_LIEU_ET_COORDINATION),
			// a person's progression is rated by those who follow them; the coordination
			// reads
			Map.entry("/beneficiaires/{id}/progression/{orientation}/criteres", REFERENTS),
			Map.entry("/beneficiaires/{id}/progression/{orientation}/notes", REFERENTS),
			Map.entry("/beneficiaires/{id}/sorties/{orientation}", Set.of(Role.CONSEILLER)),
			Map.entry("/beneficiaires/{id}/fin/{orientation}", REFERENTS),
			Map.entry("/beneficiaires/{id}/rebonds/{orientation}", REFERENTS),
			// each side answers the questionnaire on the approach for itself
			Map.entry("/binomes/{id}/questionnaire", REFERENTS),
			// a library's model is taken up by the referents of a binôme in T1
			Map.entry("/bibliotheque/{id}/reprise", REFERENTS),
			// the coordination writes the money of its régions, directions read it
			Map.entry("/budget/{id}/bareme", COORDINATION), Map.entry("/conventions", COORDINATION),
			Map.entry("/conventions/{id}/documents", COORDINATION),
			Map.entry("/conventions/{id}/engagements", COORDINATION),
			Map.entry("/conventions/{id}/paiements", COORDINATION),
			// a région's coordination publishes its statistics
			Map.entry("/tableau-de-bord/publication", COORDINATION));

	static final Map<Role, String> COMPTE = Map.of(Role.ADMIN, ComptesDemo.ADMIN, Role.COORDINATEUR,
			ComptesDemo.COORDINATION, Role.PILOTE, ComptesDemo.PILOTE, Role.CONSEILLER, ComptesDemo.CONSEILLER,
			Role.FACILITATEUR, ComptesDemo.FACILITATEUR);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService comptes;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void every_route_belongs_to_a_page_that_says_who_opens_it() {
		routes().forEach((route,
				methode) -> assertThat(PUBLIQUES.contains(route) || ACCUEIL.equals(route) || page(route).isPresent())
					.as("la route %s appartient à une page de Page", route)
					.isTrue());
	}

	@Test
	void each_role_opens_exactly_the_pages_of_its_line() throws Exception {
		for (Map.Entry<String, RequestMethod> route : routes().entrySet()) {
			Optional<Page> page = page(route.getKey());
			if (page.isEmpty()) {
				continue;
			}
			String url = route.getKey().replaceAll("\\{[^}]+}", "1");
			for (Role role : Role.values()) {
				int statut = mvc
					.perform(requete(route.getValue(), url).with(ComptesDemo.connecte(comptes, COMPTE.get(role))))
					.andReturn()
					.getResponse()
					.getStatus();
				Set<Role> ecrivains = route.getValue() == RequestMethod.POST ? ECRITURES_D_UN_BINOME.get(route.getKey())
						: null;
				if (page.get().ouvertA(role) && ecrivains != null && !ecrivains.contains(role)) {
					assertThat(statut).as("%s n'écrit pas %s %s", role, route.getValue(), url).isIn(400, 403, 404);
				}
				else if (page.get().ouvertA(role)) {
					assertThat(statut).as("%s ouvre %s %s", role, route.getValue(), url)
						.isNotEqualTo(403)
						.isLessThan(500);
				}
				else {
					assertThat(statut).as("%s est refusé sur %s %s", role, route.getValue(), url).isEqualTo(403);
				}
			}
			int anonyme = mvc.perform(requete(route.getValue(), url)).andReturn().getResponse().getStatus();
			assertThat(anonyme).as("anonyme sur %s", url).isEqualTo(302);
		}
	}

	@Test
	void the_navigation_bar_shows_each_role_the_pages_it_opens_and_no_other() throws Exception {
		for (Role role : Role.values()) {
			String html = mvc.perform(get("/login").with(ComptesDemo.connecte(comptes, COMPTE.get(role))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (Page page : Page.values()) {
				assertThat(html.contains("class=\"nav-link\" href=\"" + page.chemin() + "\""))
					.as("%s voit %s dans la navigation", role, page)
					.isEqualTo(page.dansLaNavigation() && page.ouvertA(role));
			}
		}
	}

	private static MockHttpServletRequestBuilder requete(RequestMethod methode, String url) {
		return methode == RequestMethod.POST ? post(url).with(csrf()) : get(url);
	}

	private static Optional<Page> page(String route) {
		return Arrays.stream(Page.values()).filter(p -> p.contient(route)).findFirst();
	}

	/** Route → method (GET when the mapping names none). */
	private Map<String, RequestMethod> routes() {
		Map<String, RequestMethod> routes = new TreeMap<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			RequestMethod methode = info.getMethodsCondition()
				.getMethods()
				.stream()
				.findFirst()
				.orElse(RequestMethod.GET);
			info.getPathPatternsCondition().getPatternValues().forEach(route -> routes.put(route, methode));
		}
		return routes;
	}

}
