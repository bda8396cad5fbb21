package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.SecondFacteur;
import fr.tierslieux.inclusion.demo.ModeDemo;
import fr.tierslieux.inclusion.web.proconnect.ConnexionProConnect;

/**
 * Until an account that administers or coordinates has given its second factor, every
 * page of the platform sends it to {@link Page#SECOND_FACTEUR}: the password alone opens
 * nothing. Runs in the security chain, after the authorisation of the request.
 */
@Component
public class SecondFacteurAttendu extends OncePerRequestFilter {

	/** The authority the session gains with the second factor. */
	public static final String AUTORITE = "SECOND_FACTEUR";

	private final boolean exige;

	/**
	 * @param exige {@code plateforme.second-facteur.exige}; unset: required, except in
	 * demo mode (its accounts share a public password and no authenticator app)
	 */
	SecondFacteurAttendu(@Value("${plateforme.second-facteur.exige:}") String exige,
			ObjectProvider<ModeDemo> modeDemo) {
		this.exige = exige.isBlank() ? modeDemo.getIfAvailable() == null : Boolean.parseBoolean(exige.strip());
	}

	public boolean exige() {
		return exige;
	}

	/**
	 * Whether this login still owes its second factor: a password login, not one through
	 * ProConnect (whose identity providers authenticate the agent).
	 */
	public boolean attendu(Authentication authentification) {
		return exige && authentification != null && authentification.getPrincipal() instanceof Connecte moi
				&& SecondFacteur.concerne(moi.role())
				&& authentification.getAuthorities()
					.stream()
					.noneMatch(autorite -> AUTORITE.equals(autorite.getAuthority())
							|| ConnexionProConnect.AUTORITE.equals(autorite.getAuthority()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (attendu(SecurityContextHolder.getContext().getAuthentication())
				&& pageProtegee(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
			response.sendRedirect(request.getContextPath() + Page.SECOND_FACTEUR.chemin());
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The home and every page of {@link Page} (not the files, the login or the logout).
	 */
	private static boolean pageProtegee(String chemin) {
		return !Page.SECOND_FACTEUR.contient(chemin)
				&& ("/".equals(chemin) || Arrays.stream(Page.values()).anyMatch(page -> page.contient(chemin)));
	}

}
