package fr.tierslieux.inclusion.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The demo accounts of the README, and any account, signed in as the login signs them in:
 * the session holds their {@link Connecte}.
 */
public final class ComptesDemo {

	static final String ADMIN = "admin@demo.fr";

	static final String COORDINATION = "coordination@demo.fr";

	static final String PILOTE = "pilote@demo.fr";

	static final String CONSEILLER = "conseiller@demo.fr";

	static final String FACILITATEUR = "facilitateur@demo.fr";

	static final String MOT_DE_PASSE = "demo";

	private ComptesDemo() {
	}

	public static RequestPostProcessor connecte(UserDetailsService comptes, String identifiant) {
		return connecte(((CompteAuthentifiable) comptes.loadUserByUsername(identifiant)).compte().connecte());
	}

	public static RequestPostProcessor connecte(Connecte compte) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(compte, null, Autorites.de(compte)));
	}

}
