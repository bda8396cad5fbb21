package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import fr.tierslieux.inclusion.compte.EchecsDeConnexion;

/**
 * Counts each failed password login (identifier and address) in the database, and answers
 * 429 with {@code Retry-After} to a login from an identifier or an address over its
 * limit, before its password is even checked: the login page says how long to wait, with
 * the same words whichever limit was reached and whether the account exists. Registered
 * in the security chain just before the login filter.
 */
@Component
public class TentativesConnexion extends OncePerRequestFilter {

	/** Where a refused login is forwarded, to show the login page with its wait. */
	static final String PAGE_D_ATTENTE = "/login/attente";

	static final String ATTENTE = "attenteConnexion";

	private final EchecsDeConnexion echecs;

	TentativesConnexion(EchecsDeConnexion echecs) {
		this.echecs = echecs;
	}

	@EventListener
	void echec(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			echecs.noter(event.getAuthentication().getName(), details.getRemoteAddress());
		}
	}

	@EventListener
	void succes(AuthenticationSuccessEvent event) {
		echecs.oublier(event.getAuthentication().getName());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> attente = echecs.attente(request.getParameter("username"), request.getRemoteAddr());
		if (attente.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(ATTENTE, annoncer(attente.get(), response));
		request.getRequestDispatcher(PAGE_D_ATTENTE).forward(request, response);
	}

	/**
	 * 429 with {@code Retry-After}, for the login and for the second factor alike.
	 * @return the wait in whole minutes, as the page says it
	 */
	public static long annoncer(Duration attente, HttpServletResponse response) {
		long secondes = Math.max(1, attente.toSeconds());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(secondes));
		return (secondes + 59) / 60;
	}

}
