package fr.tierslieux.inclusion.importation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.importation.DoublonsService;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The places imports flagged as possibly one, merged or told apart by the coordinator.
 */
@Controller
class DoublonsController {

	/**
	 * Pairs shown at once: each one asks for a decision, a long list would not be read.
	 */
	static final int AFFICHES = 30;

	private final DoublonsService doublons;

	DoublonsController(DoublonsService doublons) {
		this.doublons = doublons;
	}

	@GetMapping("/imports/doublons")
	String liste(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("doublons", doublons.ouverts(moi.perimetre(), AFFICHES));
		model.addAttribute("total", doublons.nombreOuverts(moi.perimetre()));
		return "imports/doublons";
	}

	@PostMapping("/imports/doublons/{id}/fusionner")
	String fusionner(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "garde", required = false) Long garde, RedirectAttributes redirection) {
		doublons.fusionner(moi.perimetre(), id, garde);
		redirection.addFlashAttribute("fait", "doublons.fusionnes");
		return "redirect:/imports/doublons";
	}

	@PostMapping("/imports/doublons/{id}/ecarter")
	String ecarter(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, RedirectAttributes redirection) {
		doublons.ecarter(moi.perimetre(), id);
		redirection.addFlashAttribute("fait", "doublons.ecartes");
		return "redirect:/imports/doublons";
	}

}
