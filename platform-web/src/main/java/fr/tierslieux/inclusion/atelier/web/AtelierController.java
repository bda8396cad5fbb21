package fr.tierslieux.inclusion.atelier.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.atelier.AtelierLigne;
import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.presence.PresenceService;

/**
 * The ateliers a person may see, with their sign-in sheets counted; a facilitateur's
 * home.
 */
@Controller
class AtelierController {

	private final AtelierService ateliers;

	private final PresenceService presences;

	AtelierController(AtelierService ateliers, PresenceService presences) {
		this.ateliers = ateliers;
		this.presences = presences;
	}

	@GetMapping("/ateliers")
	String liste(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "apres", required = false) Long apres,
			@RequestParam(name = "avant", required = false) Long avant, Model model) {
		Tranche<AtelierLigne> lignes = ateliers.ateliers(moi.perimetre(), Curseur.de(apres, avant));
		model.addAttribute("page", lignes);
		model.addAttribute("emargements", presences.emargements(lignes.map(AtelierLigne::id)));
		return "ateliers/liste";
	}

}
