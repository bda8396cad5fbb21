package fr.tierslieux.inclusion.web.proconnect;

import java.io.IOException;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.commun.Jeton;
import fr.tierslieux.inclusion.web.Autorites;

/**
 * Login with ProConnect, next to the password login. Once ProConnect has vouched for an
 * agent whose e-mail names an active account, the session holds the same {@code Connecte}
 * as after a password, plus the authority {@link #AUTORITE} (no second factor is asked:
 * ProConnect's identity providers authenticate the agent) and, for the logout, the ID
 * token. ProConnect's access token (valid a minute) is not kept: the platform calls no
 * ProConnect API.
 */
public class ConnexionProConnect {

	/** The authority of a session opened through ProConnect. */
	public static final String AUTORITE = "PROCONNECT";

	/** Where the button on the login page leads. */
	public static final String DEPART = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/" + InscriptionProConnect.ID;

	private static final Logger journal = LoggerFactory.getLogger(ConnexionProConnect.class);

	private final InscriptionProConnect inscriptions;

	private final AgentsProConnect agents;

	private final OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> jetons;

	private final AuditService audit;

	private final SecurityContextRepository contextes = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	ConnexionProConnect(InscriptionProConnect inscriptions, AgentsProConnect agents,
			OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> jetons, AuditService audit) {
		this.inscriptions = inscriptions;
		this.agents = agents;
		this.jetons = jetons;
		this.audit = audit;
	}

	/** Adds the ProConnect login to the security chain. */
	public void configurer(HttpSecurity http) {
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(inscriptions)
			.authorizedClientRepository(new RienDeGarde())
			.tokenEndpoint(jeton -> jeton.accessTokenResponseClient(jetons))
			.userInfoEndpoint(informations -> informations.oidcUserService(agents))
			.successHandler(this::reussie)
			.failureHandler(this::echouee)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O depart) {
					// discovery out of reach: the login page says so, not a 500
					depart.setAuthenticationFailureHandler(ConnexionProConnect.this::echouee);
					return depart;
				}
			}));
	}

	/**
	 * After the logout, an agent who came through ProConnect is sent to ProConnect's end
	 * of session (which ends the identity provider's session too), then back to the login
	 * page; any other person goes straight to {@code apres}.
	 * @param apres the login page saying "déconnecté", from the root of the site
	 */
	public LogoutSuccessHandler deconnexion(String apres) {
		return (request, response, authentification) -> {
			String retour = request.getContextPath() + apres;
			if (authentification != null && authentification.getDetails() instanceof SessionProConnect session) {
				Object fin = finDeSession();
				if (fin != null) {
					// values as variables, encoded whole ("?" of the return address
					// included);
					// ProConnect requires a state, which the login page has no use for
					retour = UriComponentsBuilder.fromUriString(fin.toString())
						.queryParam("id_token_hint", "{jeton}")
						.queryParam("state", "{etat}")
						.queryParam("post_logout_redirect_uri", "{retour}")
						.encode()
						.buildAndExpand(session.idToken(), Jeton.nouveau(),
								ServletUriComponentsBuilder.fromContextPath(request).toUriString() + apres)
						.toUriString();
				}
			}
			response.sendRedirect(retour);
		};
	}

	/**
	 * ProConnect's end of session, or {@code null} when ProConnect cannot say (out of
	 * reach since this instance started): the agent is logged out of the platform anyway.
	 */
	private Object finDeSession() {
		try {
			return inscriptions.findByRegistrationId(InscriptionProConnect.ID)
				.getProviderDetails()
				.getConfigurationMetadata()
				.get("end_session_endpoint");
		}
		catch (RuntimeException injoignable) {
			journal.warn("Fin de session ProConnect inconnue, déconnexion de la plateforme seule : {}",
					injoignable.getMessage());
			return null;
		}
	}

	private void reussie(HttpServletRequest request, HttpServletResponse response, Authentication authentification)
			throws IOException {
		OAuth2AuthenticationToken jeton = (OAuth2AuthenticationToken) authentification;
		AgentProConnect agent = (AgentProConnect) jeton.getPrincipal();
		UsernamePasswordAuthenticationToken connecte = UsernamePasswordAuthenticationToken
			.authenticated(agent.connecte(), null, Autorites.de(agent.connecte(), AUTORITE));
		connecte.setDetails(new SessionProConnect(agent.getIdToken().getTokenValue()));
		SecurityContext contexte = SecurityContextHolder.createEmptyContext();
		contexte.setAuthentication(connecte);
		SecurityContextHolder.setContext(contexte);
		contextes.saveContext(contexte, request, response);
		response.sendRedirect(request.getContextPath() + "/");
	}

	/**
	 * An unknown or deactivated account is told so (ProConnect has proved who the person
	 * is); any other failure says ProConnect could not be reached or answered wrongly.
	 */
	private void echouee(HttpServletRequest request, HttpServletResponse response, AuthenticationException echec)
			throws IOException {
		boolean inconnu = echec instanceof CompteIntrouvable;
		String motif = echec instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
				: echec.getClass().getSimpleName();
		if (!inconnu) {
			// for whoever runs the platform (ProConnect down, misregistered, a forged
			// answer),
			// one line: a scanner's made-up callbacks must not fill the log with stack
			// traces
			journal.warn("Connexion ProConnect échouée ({}) : {}{}", motif, echec.getMessage(),
					echec.getCause() == null ? "" : " ← " + echec.getCause());
		}
		String courriel = echec instanceof CompteIntrouvable introuvable ? introuvable.courriel() : null;
		audit.noter(courriel == null ? "proconnect" : courriel, "CONNEXION_ECHOUEE", "COMPTE", null,
				"ProConnect : " + motif);
		response.sendRedirect(request.getContextPath() + "/login?proconnect=" + (inconnu ? "inconnu" : "echec"));
	}

	/**
	 * What the session keeps of ProConnect: the ID token, which the end of session needs.
	 */
	record SessionProConnect(String idToken) implements Serializable {
	}

	/** Nothing of ProConnect's tokens is kept (see the class comment). */
	private static final class RienDeGarde implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String inscription, Authentication principal,
				HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String inscription, Authentication principal, HttpServletRequest request,
				HttpServletResponse response) {
		}

	}

}
