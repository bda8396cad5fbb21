package fr.tierslieux.inclusion.web;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * One error template ({@code error/erreur}) for every status: its title and text come
 * from {@code erreur.<code>.*} in messages.properties, or {@code erreur.4xx} and
 * {@code erreur.5xx} for the others. Replaces Spring Boot's error controller, so that
 * errors raised outside the controllers get the same French page, whatever the client
 * accepts.
 */
@Controller
class PagesErreur implements ErrorController {

	private static final Set<Integer> PROPRES = Set.of(403, 404, 409, 413, 503);

	static ModelAndView page(HttpStatus statut) {
		ModelAndView page = new ModelAndView("error/erreur", statut);
		page.addObject("cle", cle(statut.value()));
		return page;
	}

	static String cle(int statut) {
		if (PROPRES.contains(statut)) {
			return String.valueOf(statut);
		}
		return statut >= 500 ? "5xx" : "4xx";
	}

	/**
	 * {@code /error} opened by hand, with no error behind it, is a page that does not
	 * exist.
	 */
	@RequestMapping("/error")
	ModelAndView erreur(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer statut)) {
			return page(HttpStatus.NOT_FOUND);
		}
		HttpStatus resolu = HttpStatus.resolve(statut);
		return page(resolu == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolu);
	}

}
