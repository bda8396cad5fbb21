package fr.tierslieux.inclusion.pilotage.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.pilotage.StatistiquesPubliques;

/**
 * The public statistics of a région (no account needed), and the coordination's switch
 * that publishes or withdraws them.
 */
@Controller
class StatistiquesPubliquesController {

	private final StatistiquesPubliques statistiques;

	StatistiquesPubliquesController(StatistiquesPubliques statistiques) {
		this.statistiques = statistiques;
	}

	@GetMapping("/statistiques/{region}")
	String statistiques(@PathVariable String region, Model model) {
		model.addAttribute("s", statistiques.statistiques(region)
			.orElseThrow(() -> new IntrouvableException("statistiques publiques", region)));
		return "pilotage/statistiques-publiques";
	}

	@PostMapping("/tableau-de-bord/publication")
	String publier(@AuthenticationPrincipal Connecte moi,
			@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "publier", defaultValue = "false") boolean publier, RedirectAttributes redirection) {
		if (region == null || region.isBlank()) {
			throw new IntrouvableException("région", region);
		}
		statistiques.publier(moi.perimetre(), region, publier);
		redirection.addFlashAttribute(publier ? "statistiquesPubliees" : "statistiquesRetirees", region);
		return "redirect:/tableau-de-bord";
	}

}
