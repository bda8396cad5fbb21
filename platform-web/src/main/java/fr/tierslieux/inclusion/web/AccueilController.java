package fr.tierslieux.inclusion.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sends each role to its own home page. */
@Controller
class AccueilController {

	@GetMapping("/")
	String accueil(@AuthenticationPrincipal CompteUtilisateur moi) {
		return switch (moi.role()) {
			case ADMIN, COORDINATEUR, PILOTE -> "redirect:/tableau-de-bord";
			case CONSEILLER -> "redirect:/beneficiaires";
			case FACILITATEUR -> "redirect:/ateliers";
		};
	}

	@GetMapping("/login")
	String connexion(@RequestParam(name = "error", required = false) String erreur,
			@RequestParam(name = "deconnexion", required = false) String deconnexion, Model model) {
		model.addAttribute("erreurConnexion", erreur != null);
		model.addAttribute("deconnecte", deconnexion != null);
		return "compte/connexion";
	}

}
