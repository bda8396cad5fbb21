package fr.tierslieux.inclusion.parcours.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.VagueService;
import fr.tierslieux.inclusion.territoire.Region;
import fr.tierslieux.inclusion.territoire.TerritoireService;

/** The vagues of the coordination's régions, and the form that opens one. */
@Controller
class VagueController {

	private final VagueService vagues;

	private final TerritoireService territoire;

	VagueController(VagueService vagues, TerritoireService territoire) {
		this.vagues = vagues;
		this.territoire = territoire;
	}

	@GetMapping("/vagues")
	String liste(@AuthenticationPrincipal Connecte moi, Model model) {
		if (!model.containsAttribute("vague")) {
			model.addAttribute("vague", new VagueFormData());
		}
		model.addAttribute("vagues", vagues.vagues(moi.perimetre()));
		model.addAttribute("regions", regions(moi));
		model.addAttribute("formats", FormatParcours.values());
		return "vagues/liste";
	}

	@PostMapping("/vagues")
	String ouvrir(@AuthenticationPrincipal Connecte moi, @Valid @ModelAttribute("vague") VagueFormData vague,
			BindingResult erreurs, Model model, HttpServletResponse response, RedirectAttributes redirection) {
		if (vague.getRegion() != null && !vague.getRegion().isBlank()
				&& !moi.perimetre().coordonne(vague.getRegion())) {
			erreurs.rejectValue("region", "vague.regionHorsPerimetre");
		}
		if (vague.getDebut() != null && vague.getFin() != null && vague.getFin().isBefore(vague.getDebut())) {
			erreurs.rejectValue("fin", "vague.finAvantDebut");
		}
		if (!erreurs.hasFieldErrors("nom") && !erreurs.hasFieldErrors("region")
				&& vagues.nomPris(vague.getRegion(), vague.getNom().strip())) {
			erreurs.rejectValue("nom", "vague.nomPris");
		}
		if (!erreurs.hasErrors()) {
			try {
				vagues.ouvrir(moi.perimetre(), vague.vague());
				redirection.addFlashAttribute("ouverte", vague.getNom().strip());
				return "redirect:/vagues";
			}
			catch (DuplicateKeyException memeNom) {
				erreurs.rejectValue("nom", "vague.nomPris"); // opened meanwhile by
																// somebody else
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return liste(moi, model);
	}

	private List<Region> regions(Connecte moi) {
		return territoire.regions().stream().filter(r -> moi.perimetre().coordonne(r.getCode())).toList();
	}

}
