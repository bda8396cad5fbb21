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
import fr.tierslieux.inclusion.web.proconnect.ConnexionProConnect;

/** The login page, and each role sent to its own home page. */
@Controller
class AccueilController {

	private final ObjectProvider<ModeDemo> modeDemo;

	private final boolean proConnect;

	AccueilController(ObjectProvider<ModeDemo> modeDemo, ObjectProvider<ConnexionProConnect> proConnect) {
		this.modeDemo = modeDemo;
		this.proConnect = proConnect.getIfAvailable() != null;
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
			@RequestParam(name = "deconnexion", required = false) String deconnexion,
			@RequestParam(name = "proconnect", required = false) String echecProConnect, Model model) {
		model.addAttribute("erreurConnexion", erreur != null);
		model.addAttribute("deconnecte", deconnexion != null);
		model.addAttribute("echecProConnect",
				"inconnu".equals(echecProConnect) ? "inconnu" : echecProConnect == null ? null : "echec");
		return page(model);
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
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("modeDemo", modeDemo.getIfAvailable());
		model.addAttribute("proConnect", proConnect ? ConnexionProConnect.DEPART : null);
		return "compte/connexion";
	}

}
