package fr.tierslieux.inclusion.binome.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.binome.CandidatureService;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The calls for volunteers open to the facilitateur's tiers-lieux, and the form that
 * applies.
 */
@Controller
class AppelsController {

	private final CandidatureService candidatures;

	AppelsController(CandidatureService candidatures) {
		this.candidatures = candidatures;
	}

	@GetMapping("/appels")
	String appels(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("appels", candidatures.appels(moi.perimetre()));
		if (!model.containsAttribute("candidature")) {
			model.addAttribute("candidature", new CandidatureFormData());
		}
		return "appels/liste";
	}

	@PostMapping("/appels")
	String candidater(@AuthenticationPrincipal Connecte moi,
			@Valid @ModelAttribute("candidature") CandidatureFormData candidature, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				candidatures.candidater(moi.perimetre(), candidature.getVague(), candidature.getTiersLieu(),
						Saisie.nettoyerParagraphes(candidature.getCapacites(), 2000),
						Saisie.nettoyerParagraphes(candidature.getProposition(), 4000));
				redirection.addFlashAttribute("deposee", true);
				return "redirect:/appels";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.reject(refus.codeMessage());
			}
		}
		model.addAttribute("formulaireEnErreur", candidature.cle());
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return appels(moi, model);
	}

}
