package fr.tierslieux.inclusion.web.proconnect;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform is registered with ProConnect (environment variables
 * {@code PLATEFORME_PROCONNECT_*}, see the README). Without a client id, ProConnect is
 * off and only the password login remains.
 *
 * @param emetteur the issuer, whose {@code /.well-known/openid-configuration} gives the
 * endpoints (for instance {@code https://auth.agentconnect.gouv.fr/api/v2})
 * @param clientId given by ProConnect at registration
 * @param secret given with it
 * @param algorithme the signature of the ID token and of the user information, as chosen
 * at registration ({@code RS256}, {@code ES256} or {@code HS256})
 * @param scopes what the platform asks for: the e-mail, which finds the account, and
 * nothing more (names, {@code uid} and SIRET would not be kept)
 * @param delai how long a call to ProConnect may take before the login is abandoned
 */
@ConfigurationProperties("plateforme.proconnect")
public record ProConnectProprietes(String emetteur, String clientId, String secret, String algorithme,
		List<String> scopes, Duration delai) {

	public ProConnectProprietes {
		algorithme = algorithme == null || algorithme.isBlank() ? "RS256" : algorithme.strip();
		scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "email") : List.copyOf(scopes);
		delai = delai == null ? Duration.ofSeconds(10) : delai;
	}

}
