package fr.tierslieux.inclusion.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page (Thymeleaf 3.1 no longer exposes the request to
 * templates).
 */
@ControllerAdvice
class LayoutControllerAdvice {

	@ModelAttribute("cheminCourant")
	String cheminCourant(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
