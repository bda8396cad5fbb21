package fr.tierslieux.inclusion.atelier.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.commun.Pagination;
import fr.tierslieux.inclusion.web.CompteUtilisateur;

/** The ateliers a person may see; a facilitateur's home. */
@Controller
class AtelierController {

	private final AtelierService ateliers;

	AtelierController(AtelierService ateliers) {
		this.ateliers = ateliers;
	}

	@GetMapping("/ateliers")
	String liste(@AuthenticationPrincipal CompteUtilisateur moi,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("page",
				ateliers.ateliers(moi.perimetre(), new Pagination(page, Pagination.TAILLE_PAR_DEFAUT)));
		return "ateliers/liste";
	}

}
