package fr.tierslieux.inclusion.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.tierslieux.inclusion.compte.Role;

import static fr.tierslieux.inclusion.compte.Role.ADMIN;
import static fr.tierslieux.inclusion.compte.Role.CONSEILLER;
import static fr.tierslieux.inclusion.compte.Role.COORDINATEUR;
import static fr.tierslieux.inclusion.compte.Role.FACILITATEUR;
import static fr.tierslieux.inclusion.compte.Role.PILOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every route of the application and every role: a new page without a line here fails the
 * build, and each line says who may open it.
 */
@WebTest
class MatriceAccesTest {

	static final Set<Role> TOUS = Set.of(Role.values());

	static final Set<Role> PERSONNES = Set.of(ADMIN, COORDINATEUR, CONSEILLER, FACILITATEUR);

	/** Route → roles allowed (public pages, listed in PUBLIQUES, need none). */
	static final Map<String, Set<Role>> MATRICE = Map.of("/", TOUS, "/login", Set.of(), "/tableau-de-bord",
			Set.of(ADMIN, COORDINATEUR, PILOTE), "/beneficiaires", PERSONNES, "/beneficiaires/{id}", PERSONNES,
			"/ateliers", PERSONNES);

	static final Set<String> PUBLIQUES = Set.of("/login", "/error");

	static final Map<Role, String> COMPTE = Map.of(ADMIN, ComptesDemo.ADMIN, COORDINATEUR, ComptesDemo.COORDINATION,
			PILOTE, ComptesDemo.PILOTE, CONSEILLER, ComptesDemo.CONSEILLER, FACILITATEUR, ComptesDemo.FACILITATEUR);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService comptes;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void every_route_has_an_access_rule() {
		Set<String> routes = routes();
		routes.removeAll(PUBLIQUES);
		assertThat(MATRICE.keySet()).as("routes déclarées dans la matrice").containsAll(routes);
		assertThat(routes).as("routes de l'application")
			.containsAll(MATRICE.keySet().stream().filter(r -> !PUBLIQUES.contains(r)).toList());
	}

	@Test
	void each_role_opens_exactly_the_pages_of_its_line() throws Exception {
		for (Map.Entry<String, Set<Role>> ligne : MATRICE.entrySet()) {
			if (PUBLIQUES.contains(ligne.getKey())) {
				continue;
			}
			String url = ligne.getKey().replace("{id}", "1");
			for (Role role : Role.values()) {
				int statut = mvc.perform(get(url).with(ComptesDemo.connecte(comptes, COMPTE.get(role))))
					.andReturn()
					.getResponse()
					.getStatus();
				if (ligne.getValue().contains(role)) {
					assertThat(statut).as("%s ouvre %s", role, url).isNotEqualTo(403).isLessThan(500);
				}
				else {
					assertThat(statut).as("%s est refusé sur %s", role, url).isEqualTo(403);
				}
			}
			int anonyme = mvc.perform(get(url)).andReturn().getResponse().getStatus();
			assertThat(anonyme).as("anonyme sur %s", url).isEqualTo(302);
		}
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods()
			.keySet()
			.forEach(info -> routes.addAll(info.getPathPatternsCondition().getPatternValues()));
		return routes;
	}

}
