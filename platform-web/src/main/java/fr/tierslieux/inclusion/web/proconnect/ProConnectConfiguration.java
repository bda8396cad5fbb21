package fr.tierslieux.inclusion.web.proconnect;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jose.jws.JwsAlgorithm;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.web.client.RestClient;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.compte.CompteService;

/**
 * ProConnect, when the platform is registered with it
 * ({@code PLATEFORME_PROCONNECT_CLIENT_ID} set); otherwise none of this exists and the
 * login page shows no ProConnect button.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${plateforme.proconnect.client-id:}'.isBlank()")
@EnableConfigurationProperties(ProConnectProprietes.class)
class ProConnectConfiguration {

	@Bean
	ConnexionProConnect connexionProConnect(ProConnectProprietes proprietes, CompteService comptes,
			AuditService audit) {
		// a registration half given stops the start, rather than the first agent's login
		for (String[] requis : List.of(new String[] { "PLATEFORME_PROCONNECT_EMETTEUR", proprietes.emetteur() },
				new String[] { "PLATEFORME_PROCONNECT_CLIENT_SECRET", proprietes.secret() })) {
			if (requis[1] == null || requis[1].isBlank()) {
				throw new IllegalStateException(requis[0] + " manque : ProConnect a besoin de l'émetteur, "
						+ "de l'identifiant et du secret donnés à l'inscription.");
			}
		}
		algorithme(proprietes);
		SimpleClientHttpRequestFactory fabrique = new SimpleClientHttpRequestFactory();
		fabrique.setConnectTimeout(proprietes.delai());
		fabrique.setReadTimeout(proprietes.delai());
		List<HttpMessageConverter<?>> formulaireEtJeton = List.of(new FormHttpMessageConverter(),
				new OAuth2AccessTokenResponseHttpMessageConverter());
		RestClientAuthorizationCodeTokenResponseClient jetons = new RestClientAuthorizationCodeTokenResponseClient();
		jetons.setRestClient(RestClient.builder()
			.requestFactory(fabrique)
			.messageConverters(formulaireEtJeton)
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		InformationsUtilisateur informations = new InformationsUtilisateur(
				RestClient.builder().requestFactory(fabrique).build(), informationsSignees(proprietes));
		return new ConnexionProConnect(new InscriptionProConnect(proprietes),
				new AgentsProConnect(informations, comptes), jetons, audit);
	}

	/**
	 * The ID token's decoder, which Spring Security's login takes from the context: with
	 * the algorithm chosen at registration, not only RS256.
	 */
	@Bean
	JwtDecoderFactory<ClientRegistration> decodeurDesJetonsDIdentite(ProConnectProprietes proprietes) {
		OidcIdTokenDecoderFactory decodeurs = new OidcIdTokenDecoderFactory();
		decodeurs.setJwsAlgorithmResolver(inscription -> algorithme(proprietes));
		return decodeurs;
	}

	/**
	 * The signed user information: ProConnect's keys and algorithm, issued by ProConnect
	 * for this platform (OpenID Connect Core 5.3.2); unlike an ID token it need not carry
	 * dates, checked only when present.
	 */
	private static JwtDecoderFactory<ClientRegistration> informationsSignees(ProConnectProprietes proprietes) {
		OidcIdTokenDecoderFactory decodeurs = new OidcIdTokenDecoderFactory();
		decodeurs.setJwsAlgorithmResolver(inscription -> algorithme(proprietes));
		decodeurs.setJwtValidatorFactory(inscription -> new DelegatingOAuth2TokenValidator<>(
				new JwtIssuerValidator(inscription.getProviderDetails().getIssuerUri()),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						audience -> audience != null && audience.contains(inscription.getClientId())),
				new JwtTimestampValidator()));
		return decodeurs;
	}

	private static JwsAlgorithm algorithme(ProConnectProprietes proprietes) {
		SignatureAlgorithm signature = SignatureAlgorithm.from(proprietes.algorithme());
		JwsAlgorithm algorithme = signature != null ? signature : MacAlgorithm.from(proprietes.algorithme());
		if (algorithme == null) {
			throw new IllegalStateException("PLATEFORME_PROCONNECT_ALGORITHME inconnu : " + proprietes.algorithme()
					+ " (RS256, ES256 ou HS256)");
		}
		return algorithme;
	}

}
