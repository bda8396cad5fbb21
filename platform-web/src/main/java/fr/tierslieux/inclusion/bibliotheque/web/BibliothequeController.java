package fr.tierslieux.inclusion.bibliotheque.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.bibliotheque.BibliothequeDeParcours;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

/**
 * The library of parcours: the search (its filters kept in the address), a published
 * parcours with the form that takes it up, and the publication from a binôme's page.
 */
@Controller
class BibliothequeController {

	private final BibliothequeDeParcours bibliotheque;

	private final CartesDuCanevas cartes;

	BibliothequeController(BibliothequeDeParcours bibliotheque, CartesDuCanevas cartes) {
		this.bibliotheque = bibliotheque;
		this.cartes = cartes;
	}

	@GetMapping("/bibliotheque")
	String chercher(@RequestParam(name = "typologie", required = false) TypologieParcours typologie,
			@RequestParam(name = "format", required = false) FormatParcours format,
			@RequestParam(name = "competence", required = false) String competence,
			@RequestParam(name = "region", required = false) String region, Model model) {
		model.addAttribute("resultats", bibliotheque.chercher(typologie, format, competence, region));
		model.addAttribute("typologies", TypologieParcours.values());
		model.addAttribute("formats", FormatParcours.values());
		model.addAttribute("pix", cartes.pix());
		model.addAttribute("digcomp", cartes.digcomp());
		model.addAttribute("regions", bibliotheque.regions());
		model.addAttribute("filtre", new Filtre(typologie, format, competence, region));
		return "bibliotheque/liste";
	}

	@GetMapping("/bibliotheque/{id}")
	String parcours(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("p", bibliotheque.parcours(id));
		model.addAttribute("binomes", bibliotheque.binomesOuReprendre(moi.perimetre()));
		model.addAttribute("cartes", cartes);
		return "bibliotheque/parcours";
	}

	@PostMapping("/bibliotheque/{id}/reprise")
	String reprendre(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "binome", required = false) Long binome, Model model, HttpServletResponse response) {
		try {
			bibliotheque.reprendre(moi.perimetre(), id, binome);
		}
		catch (SaisieRefuseeException sansBinome) {
			model.addAttribute("sansBinome", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return parcours(moi, id, model);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			return parcours(moi, id, model);
		}
		return "redirect:/binomes/" + binome + "/canevas";
	}

	@PostMapping("/binomes/{id}/publication")
	String publier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, RedirectAttributes redirection) {
		Long publie = bibliotheque.publier(moi.perimetre(), id);
		redirection.addFlashAttribute("publie", true);
		return "redirect:/bibliotheque/" + publie;
	}

	/** The search as the address holds it. */
	record Filtre(TypologieParcours typologie, FormatParcours format, String competence, String region) {
	}

}
