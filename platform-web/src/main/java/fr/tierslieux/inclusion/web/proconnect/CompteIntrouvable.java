package fr.tierslieux.inclusion.web.proconnect;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * ProConnect vouched for a person whose e-mail names no active account of the platform
 * (unknown or deactivated: the same refusal).
 */
class CompteIntrouvable extends OAuth2AuthenticationException {

	static final String CODE = "compte_introuvable";

	private final String courriel;

	CompteIntrouvable(String courriel) {
		super(new OAuth2Error(CODE));
		this.courriel = courriel;
	}

	/** The e-mail ProConnect gave, for the audit trail; may be {@code null}. */
	String courriel() {
		return courriel;
	}

}
