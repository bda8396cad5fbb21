package fr.tierslieux.inclusion.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/** The navigation bar of the layout ({@code ${@navigation.pages(#authentication)}}). */
@Component("navigation")
public class Navigation {

	public List<Page> pages(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof Connecte moi) {
			return Page.pour(moi.role());
		}
		return List.of();
	}

}
