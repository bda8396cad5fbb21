package fr.tierslieux.inclusion.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fr.tierslieux.inclusion.commun.Curseur;

/**
 * Links to another page of the current list ({@code ${@liensDePage.vers(page.suivante)}})
 * that keep every other query parameter, so that filters stay in the URL.
 */
@Component("liensDePage")
public class LiensDePage {

	public String debut() {
		return vers(Curseur.debut());
	}

	public String vers(Curseur curseur) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		// from the decoded parameters, encoded again: a malformed query string (%C3%28)
		// must not break the page halfway through its rendering
		UriComponentsBuilder lien = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((nom, valeurs) -> {
			if (!nom.equals("apres") && !nom.equals("avant")) {
				lien.queryParam(nom, (Object[]) valeurs);
			}
		});
		if (curseur.apres() != null) {
			lien.queryParam("apres", curseur.apres());
		}
		if (curseur.avant() != null) {
			lien.queryParam("avant", curseur.avant());
		}
		return lien.encode().build().toUriString();
	}

}
