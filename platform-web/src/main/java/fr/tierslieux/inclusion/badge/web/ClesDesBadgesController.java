package fr.tierslieux.inclusion.badge.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.badge.ClesDesBadges;

/** The badges' signing keys, and their rotation, for admins. */
@Controller
class ClesDesBadgesController {

	private final ClesDesBadges cles;

	ClesDesBadgesController(ClesDesBadges cles) {
		this.cles = cles;
	}

	@GetMapping("/administration/badges")
	String cles(Model model) {
		model.addAttribute("cles", cles.publiques().getKeys());
		model.addAttribute("signataire", cles.signataire().getKeyID());
		return "badges/cles";
	}

	@PostMapping("/administration/badges/rotation")
	String tourner(RedirectAttributes redirection) {
		redirection.addFlashAttribute("tournee", cles.tourner());
		return "redirect:/administration/badges";
	}

}
