package fr.tierslieux.inclusion.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the current list ({@code ${@liensDePage.page(2)}}) that keep
 * every other query parameter, so that search and filters stay in the URL.
 */
@Component("liensDePage")
public class LiensDePage {

	public String page(int numero) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", numero)
			.build(true)
			.toUriString();
	}

}
