package fr.tierslieux.inclusion.beneficiaire.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.commun.Pagination;
import fr.tierslieux.inclusion.web.CompteUtilisateur;

/** The bénéficiaires a person may see; a conseiller's home. */
@Controller
class BeneficiaireController {

	private final BeneficiaireService beneficiaires;

	BeneficiaireController(BeneficiaireService beneficiaires) {
		this.beneficiaires = beneficiaires;
	}

	@GetMapping("/beneficiaires")
	String liste(@AuthenticationPrincipal CompteUtilisateur moi, @RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("page",
				beneficiaires.beneficiaires(moi.perimetre(), q, new Pagination(page, Pagination.TAILLE_PAR_DEFAUT)));
		return "beneficiaires/liste";
	}

	@GetMapping("/beneficiaires/{id}")
	String fiche(@AuthenticationPrincipal CompteUtilisateur moi, @PathVariable Long id, Model model) {
		model.addAttribute("fiche", beneficiaires.fiche(moi.perimetre(), id));
		return "beneficiaires/fiche";
	}

}
