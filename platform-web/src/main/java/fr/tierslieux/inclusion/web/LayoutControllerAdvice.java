package fr.tierslieux.inclusion.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * What the layout needs on every page (Thymeleaf 3.1 no longer exposes the request to
 * templates). The signed-in user and their menu are model attributes rather than
 * {@code sec:authorize} expressions: those are parsed again on every page, which cost
 * about 8 % of a page's CPU.
 */
@ControllerAdvice
class LayoutControllerAdvice {

	@ModelAttribute("cheminCourant")
	String cheminCourant(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** Null when nobody is signed in (login and error pages). */
	@ModelAttribute("utilisateurConnecte")
	Connecte utilisateurConnecte(@AuthenticationPrincipal Connecte moi) {
		return moi;
	}

	/** The pages of the navigation bar for the signed-in user's role. */
	@ModelAttribute("menu")
	List<Page> menu(@AuthenticationPrincipal Connecte moi) {
		return moi == null ? List.of() : Page.pour(moi.role());
	}

}
