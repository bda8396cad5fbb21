package fr.tierslieux.inclusion.web.proconnect;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A local OpenID Connect provider standing for ProConnect in the tests (Spring
 * Authorization Server, in the test's JVM, on its own port). Like ProConnect, it answers
 * the user information as a JWT signed with its keys, issued for the client; a test can
 * make it answer plain JSON, or sign with a key nobody published.
 */
public final class ProConnectLocal implements AutoCloseable {

	public static final String CLIENT_ID = "plateforme-de-test";

	public static final String SECRET = "secret-de-test";

	/** Every agent's password at this identity provider. */
	public static final String MOT_DE_PASSE = "mot-de-passe-du-fournisseur";

	private final AnnotationConfigServletWebServerApplicationContext contexte;

	private final Reglages reglages;

	/**
	 * @param agents each agent's login at this provider, and the e-mail it gives
	 */
	public ProConnectLocal(int port, String redirection, String apresDeconnexion, Map<String, String> agents) {
		this(port, redirection, apresDeconnexion, agents, true);
	}

	/**
	 * @param pkce whether the discovery document offers PKCE (ProConnect's did not say so
	 * when this was written)
	 */
	public ProConnectLocal(int port, String redirection, String apresDeconnexion, Map<String, String> agents,
			boolean pkce) {
		this.reglages = new Reglages(port, redirection, apresDeconnexion, agents, pkce);
		this.contexte = new AnnotationConfigServletWebServerApplicationContext();
		contexte.registerBean(Reglages.class, () -> reglages);
		contexte.register(Fournisseur.class);
		contexte.refresh();
	}

	/**
	 * The provider outside the tests, for a scan or a measure of the platform
	 * ({@code scripts/proconnect-local.sh}): agents {@code camille} (conseiller@demo.fr)
	 * and {@code dominique} (coordination@demo.fr), password {@link #MOT_DE_PASSE}.
	 * @param arguments its port, and the platform's address
	 */
	public static void main(String[] arguments) throws InterruptedException {
		int port = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 8287;
		String plateforme = arguments.length > 1 ? arguments[1] : "http://localhost:8080";
		ProConnectLocal fournisseur = new ProConnectLocal(port, plateforme + "/login/oauth2/code/proconnect",
				plateforme + "/login?deconnexion",
				Map.of("camille", "conseiller@demo.fr", "dominique", "coordination@demo.fr"));
		System.out.println("ProConnect local : émetteur " + fournisseur.emetteur() + ", client " + CLIENT_ID
				+ ", secret " + SECRET);
		Thread.currentThread().join();
	}

	/** A port nobody listens on, for a server to start on later. */
	public static int portLibre() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public String emetteur() {
		return "http://localhost:" + reglages.port;
	}

	/** The user information as plain JSON, as most providers answer (not ProConnect). */
	public void informationsEnJson(boolean json) {
		reglages.json = json;
	}

	/** The user information signed with a key of nobody's, as a forger would. */
	public void signerAvecUneCleInconnue(boolean inconnue) {
		reglages.cleInconnue = inconnue;
	}

	@Override
	public void close() {
		contexte.close();
	}

	static final class Reglages {

		final int port;

		final String redirection;

		final String apresDeconnexion;

		final Map<String, String> agents;

		final RSAKey cle = cle("cle-du-fournisseur");

		/** Another key under the same name: what a forger could sign with. */
		final RSAKey autreCle = cle("cle-du-fournisseur");

		final boolean pkce;

		volatile boolean json;

		volatile boolean cleInconnue;

		Reglages(int port, String redirection, String apresDeconnexion, Map<String, String> agents, boolean pkce) {
			this.pkce = pkce;
			this.port = port;
			this.redirection = redirection;
			this.apresDeconnexion = apresDeconnexion;
			this.agents = agents;
		}

		private static RSAKey cle(String nom) {
			try {
				KeyPairGenerator generateur = KeyPairGenerator.getInstance("RSA");
				generateur.initialize(2048);
				KeyPair paire = generateur.generateKeyPair();
				return new RSAKey.Builder((RSAPublicKey) paire.getPublic())
					.privateKey((RSAPrivateKey) paire.getPrivate())
					.keyID(nom)
					.build();
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}

	}

	/**
	 * Registered by hand, not a {@code @Configuration}: the platform's component scan
	 * would pick it up.
	 */
	@EnableWebSecurity
	static class Fournisseur {

		@Bean
		TomcatServletWebServerFactory tomcat(Reglages reglages) {
			TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(reglages.port);
			// Tomcat runs filters only for a request some servlet is mapped to
			tomcat.setRegisterDefaultServlet(true);
			return tomcat;
		}

		/** Every endpoint is a filter of the chain: no MVC. */
		@Bean
		DelegatingFilterProxyRegistrationBean securite() {
			return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
		}

		@Bean
		@Order(1)
		SecurityFilterChain serveur(HttpSecurity http, Reglages reglages, JWKSource<SecurityContext> cles) {
			OAuth2AuthorizationServerConfigurer serveur = new OAuth2AuthorizationServerConfigurer();
			http.securityMatcher(serveur.getEndpointsMatcher())
				.with(serveur,
						configure -> configure.oidc(oidc -> oidc.providerConfigurationEndpoint(decouverte -> decouverte
							.providerConfigurationCustomizer(document -> document.claims(valeurs -> {
								if (!reglages.pkce) {
									valeurs.remove("code_challenge_methods_supported");
								}
							})))
							.userInfoEndpoint(informations -> informations
								.userInfoMapper(contexte -> new OidcUserInfo(
										informations(reglages, contexte.getAuthorization().getPrincipalName())))
								.userInfoResponseHandler(reponse(reglages)))))
				.authorizeHttpRequests(requetes -> requetes.anyRequest().authenticated())
				.oauth2ResourceServer(
						jetons -> jetons.jwt(jwt -> jwt.decoder(NimbusJwtDecoder.withJwkSource(cles).build())))
				.exceptionHandling(
						refus -> refus.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain connexion(HttpSecurity http) {
			http.authorizeHttpRequests(requetes -> requetes.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService agents(Reglages reglages) {
			return new InMemoryUserDetailsManager(reglages.agents.keySet()
				.stream()
				.map(agent -> User.withUsername(agent).password("{noop}" + MOT_DE_PASSE).roles("AGENT").build())
				.toList());
		}

		@Bean
		RegisteredClientRepository clients(Reglages reglages) {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(CLIENT_ID)
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(reglages.redirection)
				.postLogoutRedirectUri(reglages.apresDeconnexion)
				.scopes(scopes -> scopes.addAll(List.of("openid", "email", "given_name", "usual_name", "uid")))
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		JWKSource<SecurityContext> cles(Reglages reglages) {
			return new ImmutableJWKSet<>(new JWKSet(reglages.cle));
		}

		@Bean
		AuthorizationServerSettings reglagesDuServeur() {
			return AuthorizationServerSettings.builder().build();
		}

		/** ProConnect's identity: the e-mail, the names, the provider's own id. */
		private static Map<String, Object> informations(Reglages reglages, String agent) {
			Map<String, Object> informations = new HashMap<>();
			informations.put("sub", agent);
			informations.put("email", reglages.agents.get(agent));
			informations.put("given_name", "Camille");
			informations.put("usual_name", "Agent");
			informations.put("uid", "uid-" + agent);
			return informations;
		}

		private static AuthenticationSuccessHandler reponse(Reglages reglages) {
			return (request, response, authentification) -> {
				Map<String, Object> informations = ((OidcUserInfoAuthenticationToken) authentification).getUserInfo()
					.getClaims();
				if (reglages.json) {
					response.setContentType("application/json");
					response.getWriter().write(JsonMapper.shared().writeValueAsString(informations));
					return;
				}
				RSAKey cle = reglages.cleInconnue ? reglages.autreCle : reglages.cle;
				JwtClaimsSet revendications = JwtClaimsSet.builder()
					.issuer(AuthorizationServerContextHolder.getContext().getIssuer())
					.audience(List.of(CLIENT_ID))
					.claims(toutes -> toutes.putAll(informations))
					.build();
				String jwt = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(cle)))
					.encode(JwtEncoderParameters
						.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(cle.getKeyID()).build(), revendications))
					.getTokenValue();
				response.setContentType("application/jwt");
				response.getWriter().write(jwt);
			};
		}

	}

}
