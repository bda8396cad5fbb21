package fr.tierslieux.inclusion.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.demo.ModeDemo;

/** The login page, and each role sent to its own home page. */
@Controller
class AccueilController {

	private final ObjectProvider<ModeDemo> modeDemo;

	AccueilController(ObjectProvider<ModeDemo> modeDemo) {
		this.modeDemo = modeDemo;
	}

	@GetMapping("/")
	String accueil(@AuthenticationPrincipal Connecte moi) {
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
		model.addAttribute("modeDemo", modeDemo.getIfAvailable());
		return "compte/connexion";
	}

	/**
	 * A login refused for too many failures ({@link TentativesConnexion}, which sets 429
	 * and Retry-After): the login page, saying how long to wait.
	 */
	@RequestMapping(TentativesConnexion.PAGE_D_ATTENTE)
	String attente(@RequestAttribute(name = TentativesConnexion.ATTENTE, required = false) Long minutes, Model model) {
		if (minutes == null) {
			return "redirect:/login";
		}
		model.addAttribute("erreurConnexion", false);
		model.addAttribute("deconnecte", false);
		model.addAttribute("attenteConnexion", minutes);
		model.addAttribute("modeDemo", modeDemo.getIfAvailable());
		return "compte/connexion";
	}

}
