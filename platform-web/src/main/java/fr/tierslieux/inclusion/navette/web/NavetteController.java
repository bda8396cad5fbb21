package fr.tierslieux.inclusion.navette.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.navette.FicheNavette;

/**
 * The fiche navette of a binôme ({@code /binomes/{id}/navette}) and of a person it
 * receives ({@code …/navette/personnes/{personne}}): the thread and, for the two sides,
 * the form that adds to it.
 */
@Controller
class NavetteController {

	private final FicheNavette navette;

	NavetteController(FicheNavette navette) {
		this.navette = navette;
	}

	@GetMapping("/binomes/{id}/navette")
	String binome(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		return fil(moi, id, null, model);
	}

	@GetMapping("/binomes/{id}/navette/personnes/{personne}")
	String personne(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long personne,
			Model model) {
		return fil(moi, id, personne, model);
	}

	@PostMapping("/binomes/{id}/navette")
	String ecrireAuBinome(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "texte", required = false) String texte, Model model, HttpServletResponse response) {
		return ecrire(moi, id, null, texte, model, response);
	}

	@PostMapping("/binomes/{id}/navette/personnes/{personne}")
	String ecrireAuSujetDe(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long personne,
			@RequestParam(name = "texte", required = false) String texte, Model model, HttpServletResponse response) {
		return ecrire(moi, id, personne, texte, model, response);
	}

	/**
	 * The link to the binôme's thread with its unread count, loaded into the binôme's
	 * page (htmx) so that the binôme feature need not know this one.
	 */
	@GetMapping("/binomes/{id}/navette/lien")
	String lien(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("binomeId", id);
		model.addAttribute("nonLus", navette.nonLus(moi.perimetre(), moi.id(), id));
		return "navette/lien :: lien";
	}

	private String ecrire(Connecte moi, Long id, Long personne, String texte, Model model,
			HttpServletResponse response) {
		try {
			navette.ecrire(moi.perimetre(), moi.id(), id, personne, texte);
		}
		catch (SaisieRefuseeException vide) {
			model.addAttribute("texteVide", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return fil(moi, id, personne, model);
		}
		return "redirect:/binomes/" + id + "/navette" + (personne == null ? "" : "/personnes/" + personne)
				+ "#nouveau-message";
	}

	private String fil(Connecte moi, Long id, Long personne, Model model) {
		model.addAttribute("fil", navette.fil(moi.perimetre(), moi.id(), id, personne));
		model.addAttribute("texteMax", FicheNavette.TEXTE_MAX);
		return "navette/fil";
	}

}
