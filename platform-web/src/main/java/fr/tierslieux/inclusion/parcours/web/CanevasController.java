package fr.tierslieux.inclusion.parcours.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.parcours.CanevasService;
import fr.tierslieux.inclusion.parcours.CanevasService.Canevas;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

/**
 * The co-construction canvas of a binôme in T1: written by both referents, validated by
 * each then by the coordination.
 */
@Controller
class CanevasController {

	private final CanevasService canevas;

	private final CartesDuCanevas cartes;

	CanevasController(CanevasService canevas, CartesDuCanevas cartes) {
		this.canevas = canevas;
		this.cartes = cartes;
	}

	@GetMapping("/binomes/{id}/canevas")
	String canevas(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		Canevas lu = canevas.canevas(moi.perimetre(), id);
		model.addAttribute("canevas", lu);
		if (!model.containsAttribute("brouillon")) {
			model.addAttribute("brouillon", CanevasFormData.de(lu));
		}
		model.addAttribute("typologies", TypologieParcours.values());
		model.addAttribute("formats", FormatParcours.values());
		model.addAttribute("pix", cartes.pix());
		model.addAttribute("digcomp", cartes.digcomp());
		model.addAttribute("contraintes", cartes.contraintes());
		return "binomes/canevas";
	}

	@PostMapping("/binomes/{id}/canevas")
	String enregistrer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("brouillon") CanevasFormData contenu, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (contenu.getDateDebut() != null && contenu.getDateFin() != null
				&& contenu.getDateFin().isBefore(contenu.getDateDebut())) {
			erreurs.rejectValue("dateFin", "canevas.finAvantDebut");
		}
		if (erreurs.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return canevas(moi, id, model);
		}
		try {
			canevas.enregistrer(moi.perimetre(), id, contenu.getVersion(), contenu.contenu());
		}
		catch (ConflitException conflit) {
			// the page shows the canvas as it now stands, the referent's text kept in the
			// form
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			String page = canevas(moi, id, model);
			contenu.setVersion(((Canevas) model.getAttribute("canevas")).version());
			return page;
		}
		redirection.addFlashAttribute("enregistre", true);
		return "redirect:/binomes/" + id + "/canevas";
	}

	@PostMapping("/binomes/{id}/canevas/validation")
	String valider(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @RequestParam("version") long version,
			Model model, HttpServletResponse response, RedirectAttributes redirection) {
		try {
			Long parcours = canevas.valider(moi.perimetre(), id, version);
			redirection.addFlashAttribute(parcours == null ? "valide" : "parcoursCree", true);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			return canevas(moi, id, model);
		}
		return "redirect:/binomes/" + id + "/canevas";
	}

}
