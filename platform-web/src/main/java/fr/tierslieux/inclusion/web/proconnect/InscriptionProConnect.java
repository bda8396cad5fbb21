package fr.tierslieux.inclusion.web.proconnect;

import java.util.Collection;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The platform's registration with ProConnect, its endpoints read from the issuer's
 * discovery document at the first login rather than at start: ProConnect out of reach
 * must not keep the platform (and its password login) from starting. A failed discovery
 * is tried again at the next login.
 */
class InscriptionProConnect implements ClientRegistrationRepository {

	static final String ID = "proconnect";

	private final ProConnectProprietes proprietes;

	private volatile ClientRegistration inscription;

	InscriptionProConnect(ProConnectProprietes proprietes) {
		this.proprietes = proprietes;
	}

	@Override
	public ClientRegistration findByRegistrationId(String id) {
		if (!ID.equals(id)) {
			return null;
		}
		ClientRegistration connue = inscription;
		if (connue == null) {
			synchronized (this) {
				if (inscription == null) {
					inscription = decouvrir();
				}
				connue = inscription;
			}
		}
		return connue;
	}

	private ClientRegistration decouvrir() {
		ClientRegistration decouverte = ClientRegistrations.fromOidcIssuerLocation(proprietes.emetteur())
			.registrationId(ID)
			.clientName("ProConnect")
			.clientId(proprietes.clientId())
			.clientSecret(proprietes.secret())
			.scope(proprietes.scopes())
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.userNameAttributeName("sub")
			.build();
		return ClientRegistration.withClientRegistration(decouverte)
			.clientSettings(ClientSettings.builder().requireProofKey(pkce(decouverte)).build())
			.build();
	}

	/**
	 * PKCE (RFC 7636) when the provider says it takes it: Spring Security sends it to
	 * every provider by default, but ProConnect refuses any parameter it does not know.
	 */
	private static boolean pkce(ClientRegistration inscription) {
		return inscription.getProviderDetails()
			.getConfigurationMetadata()
			.get("code_challenge_methods_supported") instanceof Collection<?> methodes && methodes.contains("S256");
	}

}
