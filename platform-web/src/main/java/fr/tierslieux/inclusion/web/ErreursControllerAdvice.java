package fr.tierslieux.inclusion.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;

/** Turns the services' refusals into the French error pages, never a stack trace. */
@ControllerAdvice
class ErreursControllerAdvice {

	@ExceptionHandler(IntrouvableException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String introuvable() {
		return "error/404";
	}

	@ExceptionHandler(AccesRefuseException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String accesRefuse() {
		return "error/403";
	}

	/** {@code /beneficiaires/abc}: an address that cannot name a record names none. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String adresseInvalide() {
		return "error/404";
	}

}
