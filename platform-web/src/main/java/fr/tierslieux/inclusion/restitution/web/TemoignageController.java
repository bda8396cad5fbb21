package fr.tierslieux.inclusion.restitution.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.restitution.TemoignageDUnePersonne;

/** The person's testimony, from their personal link. */
@Controller
class TemoignageController {

	private final TemoignageDUnePersonne temoignages;

	TemoignageController(TemoignageDUnePersonne temoignages) {
		this.temoignages = temoignages;
	}

	@GetMapping("/carnet/{jeton}/temoignage")
	String temoignage(@PathVariable String jeton, Model model) {
		model.addAttribute("jeton", jeton);
		temoignages.monTemoignage(jeton).ifPresent(t -> {
			model.addAttribute("ecrit", t);
			if (!model.containsAttribute("texteSaisi")) {
				model.addAttribute("texteSaisi", t.texte());
				model.addAttribute("accordSaisi", t.consentement());
			}
		});
		return "restitution/temoignage";
	}

	@PostMapping("/carnet/{jeton}/temoignage")
	String ecrire(@PathVariable String jeton, @RequestParam(name = "texte", required = false) String texte,
			@RequestParam(name = "consentement", defaultValue = "false") boolean consentement, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		try {
			temoignages.ecrire(jeton, texte, consentement);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refus", refus);
			model.addAttribute("texteSaisi", texte);
			model.addAttribute("accordSaisi", consentement);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return temoignage(jeton, model);
		}
		redirection.addFlashAttribute("merci", true);
		return "redirect:/carnet/" + jeton + "/temoignage";
	}

	@PostMapping("/carnet/{jeton}/temoignage/retrait")
	String retirer(@PathVariable String jeton, RedirectAttributes redirection) {
		temoignages.retirerAccord(jeton);
		redirection.addFlashAttribute("retire", true);
		return "redirect:/carnet/" + jeton + "/temoignage";
	}

}
