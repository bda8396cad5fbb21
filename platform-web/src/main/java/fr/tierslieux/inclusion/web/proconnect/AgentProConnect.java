package fr.tierslieux.inclusion.web.proconnect;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.web.Autorites;

/**
 * A ProConnect identity matched to its account, during the login only: once signed in,
 * the session keeps the {@link Connecte}, as after a password login.
 *
 * @param connecte the account whose e-mail ProConnect gave
 * @param oidc what ProConnect said (ID token and user information)
 */
public record AgentProConnect(Connecte connecte, OidcUser oidc) implements OidcUser, Serializable {

	@Override
	public Map<String, Object> getClaims() {
		return oidc.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return oidc.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return oidc.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return oidc.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Autorites.de(connecte);
	}

	/** The account's identifier, as for a password login: what the audit trail names. */
	@Override
	public String getName() {
		return connecte.identifiant();
	}

}
