package fr.tierslieux.inclusion.web.proconnect;

import java.util.Optional;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.CompteService.CompteConnecte;

/**
 * Who ProConnect vouched for, matched to the platform's account by e-mail (the accounts'
 * identifier). ProConnect proves who the person is; what the person may see is the
 * account's role and perimeter, as given by the coordination.
 */
class AgentsProConnect implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService oidc;

	private final CompteService comptes;

	AgentsProConnect(InformationsUtilisateur informations, CompteService comptes) {
		this.oidc = new OidcUserService();
		this.oidc.setOauth2UserService(informations);
		this.comptes = comptes;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest demande) {
		OidcUser identite = oidc.loadUser(demande);
		String courriel = identite.getEmail();
		return Optional.ofNullable(courriel)
			.filter(adresse -> !adresse.isBlank())
			.flatMap(comptes::compte)
			.filter(CompteConnecte::actif)
			.map(compte -> new AgentProConnect(compte.connecte(), identite))
			.orElseThrow(() -> new CompteIntrouvable(courriel));
	}

}
