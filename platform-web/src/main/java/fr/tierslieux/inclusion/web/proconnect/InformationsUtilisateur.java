package fr.tierslieux.inclusion.web.proconnect;

import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user information endpoint, read as ProConnect answers it: a signed JWT
 * ({@code application/jwt}), checked like the ID token (signature, issuer, audience), or
 * plain JSON for a provider that answers so. Spring Security reads JSON only
 * (spring-security#9583).
 */
class InformationsUtilisateur implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	static final MediaType JWT = MediaType.parseMediaType("application/jwt");

	private static final TypeReference<Map<String, Object>> JSON = new TypeReference<>() {
	};

	private final RestClient http;

	private final JwtDecoderFactory<ClientRegistration> decodeurs;

	/**
	 * @param decodeurs check the signed answer with the provider's keys, its issuer and
	 * the platform as audience
	 */
	InformationsUtilisateur(RestClient http, JwtDecoderFactory<ClientRegistration> decodeurs) {
		this.http = http;
		this.decodeurs = decodeurs;
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest demande) {
		ClientRegistration inscription = demande.getClientRegistration();
		try {
			ResponseEntity<String> reponse = http.get()
				.uri(inscription.getProviderDetails().getUserInfoEndpoint().getUri())
				.headers(entetes -> entetes.setBearerAuth(demande.getAccessToken().getTokenValue()))
				.accept(JWT, MediaType.APPLICATION_JSON)
				.retrieve()
				.toEntity(String.class);
			String corps = String.valueOf(reponse.getBody());
			Map<String, Object> informations = JWT.isCompatibleWith(reponse.getHeaders().getContentType())
					? decodeurs.createDecoder(inscription).decode(corps).getClaims()
					: JsonMapper.shared().readValue(corps, JSON);
			return new DefaultOAuth2User(Set.of(), informations, "sub");
		}
		catch (RestClientException | JwtException | JacksonException | IllegalArgumentException e) {
			OAuth2Error erreur = new OAuth2Error("invalid_user_info_response",
					"Informations de l'utilisateur illisibles : " + e.getMessage(), null);
			throw new OAuth2AuthenticationException(erreur, erreur.getDescription(), e);
		}
	}

}
