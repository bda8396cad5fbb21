package fr.tierslieux.inclusion.web;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo accounts of the README, signed in as their real account (role and perimeter).
 */
final class ComptesDemo {

	static final String ADMIN = "admin@demo.fr";

	static final String COORDINATION = "coordination@demo.fr";

	static final String PILOTE = "pilote@demo.fr";

	static final String CONSEILLER = "conseiller@demo.fr";

	static final String FACILITATEUR = "facilitateur@demo.fr";

	static final String MOT_DE_PASSE = "demo";

	private ComptesDemo() {
	}

	static RequestPostProcessor connecte(UserDetailsService comptes, String identifiant) {
		return user(comptes.loadUserByUsername(identifiant));
	}

}
