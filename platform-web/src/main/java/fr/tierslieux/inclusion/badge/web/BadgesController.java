package fr.tierslieux.inclusion.badge.web;

import java.util.List;

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

import fr.tierslieux.inclusion.badge.AttributionDesBadges;
import fr.tierslieux.inclusion.badge.Badge;
import fr.tierslieux.inclusion.badge.BadgesDuBinome;
import fr.tierslieux.inclusion.badge.BadgesDuBinome.BadgesLus;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.web.AdresseDuSite;

/**
 * A binôme's badges: their definitions, the people the tiers-lieu may give them to, and
 * the ones given, which it may revoke.
 */
@Controller
class BadgesController {

	/** The rating scale of the progression criteria. */
	private static final List<Integer> NOTES = List.of(1, 2, 3, 4);

	private final BadgesDuBinome badges;

	private final AttributionDesBadges attribution;

	private final CartesDuCanevas cartes;

	private final AdresseDuSite adresse;

	BadgesController(BadgesDuBinome badges, AttributionDesBadges attribution, CartesDuCanevas cartes,
			AdresseDuSite adresse) {
		this.badges = badges;
		this.attribution = attribution;
		this.cartes = cartes;
		this.adresse = adresse;
	}

	@GetMapping("/binomes/{id}/badges")
	String badges(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		BadgesLus lus = badges.badges(moi.perimetre(), id);
		model.addAttribute("lus", lus);
		model.addAttribute("e", lus.binome());
		model.addAttribute("propositions", attribution.propositions(moi.perimetre(), id));
		model.addAttribute("attribues", attribution.attribues(moi.perimetre(), id));
		model.addAttribute("cartes", cartes);
		model.addAttribute("notes", NOTES);
		if (!model.containsAttribute("saisie")) {
			model.addAttribute("saisie", new BadgeFormData());
		}
		return "badges/binome";
	}

	@PostMapping("/binomes/{id}/badges")
	String definir(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("saisie") BadgeFormData saisie, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				badges.definir(moi.perimetre(), id, saisie.badge());
				redirection.addFlashAttribute("defini", saisie.getNom().strip());
				return "redirect:/binomes/" + id + "/badges";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
		}
		else {
			// checks the writer before saying what is wrong with the form
			badges.verifierDefinissable(moi.perimetre(), id);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return badges(moi, id, model);
	}

	@GetMapping("/binomes/{id}/badges/{badge}")
	String badge(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long badge, Model model) {
		Badge lu = dansLeBinome(moi, id, badge);
		model.addAttribute("b", lu);
		model.addAttribute("lus", badges.badges(moi.perimetre(), id));
		model.addAttribute("cartes", cartes);
		model.addAttribute("notes", NOTES);
		if (!model.containsAttribute("saisie")) {
			model.addAttribute("saisie", BadgeFormData.de(lu));
		}
		return "badges/badge";
	}

	@PostMapping("/binomes/{id}/badges/{badge}")
	String modifier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long badge,
			@Valid @ModelAttribute("saisie") BadgeFormData saisie, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		dansLeBinome(moi, id, badge);
		if (!erreurs.hasErrors()) {
			try {
				badges.modifier(moi.perimetre(), badge, saisie.badge(), saisie.getVersion());
				redirection.addFlashAttribute("modifie", saisie.getNom().strip());
				return "redirect:/binomes/" + id + "/badges";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
			catch (ConflitException conflit) {
				model.addAttribute("conflit", conflit);
				response.setStatus(HttpStatus.CONFLICT.value());
				return badge(moi, id, badge, model);
			}
		}
		else {
			badges.verifierDefinissable(moi.perimetre(), id);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return badge(moi, id, badge, model);
	}

	@PostMapping("/binomes/{id}/badges/{badge}/attributions")
	String attribuer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long badge,
			@RequestParam(name = "orientation", required = false) Long orientation, RedirectAttributes redirection) {
		dansLeBinome(moi, id, badge);
		if (orientation == null) {
			throw new IntrouvableException("orientation", null);
		}
		attribution.attribuer(moi.perimetre(), badge, orientation, adresse.adresse());
		redirection.addFlashAttribute("attribue", true);
		return "redirect:/binomes/" + id + "/badges";
	}

	@PostMapping("/binomes/{id}/badges/attribues/{attribue}/revocation")
	String revoquer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long attribue,
			@RequestParam(name = "motif", required = false) String motif, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		try {
			attribution.revoquer(moi.perimetre(), attribue, motif);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refusRevocation", refus);
			model.addAttribute("revocationDe", attribue);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return badges(moi, id, model);
		}
		redirection.addFlashAttribute("revoque", true);
		return "redirect:/binomes/" + id + "/badges";
	}

	/** The badge, if it is one of this binôme's (an address mixing two names none). */
	private Badge dansLeBinome(Connecte moi, Long binome, Long badge) {
		Badge lu = badges.badge(moi.perimetre(), badge);
		if (!lu.binomeId().equals(binome)) {
			throw new IntrouvableException("badge", badge);
		}
		return lu;
	}

}
