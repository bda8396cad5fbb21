package fr.tierslieux.inclusion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;

/**
 * Turns the services' refusals and database outages into the French error page, never a
 * stack trace.
 */
@ControllerAdvice
class ErreursControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErreursControllerAdvice.class);

	private final BaseIndisponible base;

	private final AccesRefusesAuJournal refus;

	ErreursControllerAdvice(BaseIndisponible base, AccesRefusesAuJournal refus) {
		this.base = base;
		this.refus = refus;
	}

	/** Missing, or outside the reader's perimeter: the trail notes the attempt. */
	@ExceptionHandler(IntrouvableException.class)
	ModelAndView introuvable(HttpServletRequest request) {
		refus.noter(request, HttpStatus.NOT_FOUND.value());
		return PagesErreur.page(HttpStatus.NOT_FOUND);
	}

	/** {@code /beneficiaires/abc}: an address that cannot name a record names none. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView adresseInvalide() {
		return PagesErreur.page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(AccesRefuseException.class)
	ModelAndView accesRefuse(HttpServletRequest request) {
		refus.noter(request, HttpStatus.FORBIDDEN.value());
		return PagesErreur.page(HttpStatus.FORBIDDEN);
	}

	/**
	 * A conflict outside a form that handles it itself: the message says what happened.
	 */
	@ExceptionHandler(ConflitException.class)
	ModelAndView conflit(ConflitException conflit) {
		return PagesErreur.page(HttpStatus.CONFLICT).addObject("conflit", conflit);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView modificationConcurrente() {
		return conflit(ConflitException.modificationConcurrente());
	}

	/** The database is down or every connection is busy: 503, come back in a moment. */
	@ExceptionHandler(Exception.class)
	ModelAndView erreur(Exception erreur, HttpServletResponse response) throws Exception {
		if (!base.explique(erreur)) {
			throw erreur; // Spring's own handling (400, 405…) or the 500 page
		}
		log.warn("Base de données indisponible : {}", erreur.toString());
		BaseIndisponible.annoncer(response);
		return PagesErreur.page(HttpStatus.SERVICE_UNAVAILABLE);
	}

}
