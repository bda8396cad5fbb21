package fr.tierslieux.inclusion.binome.web;

import java.util.Set;

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

import fr.tierslieux.inclusion.binome.AteliersCollectifs;
import fr.tierslieux.inclusion.binome.AteliersCollectifs.TypeAtelierCollectif;
import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.binome.CandidatureService;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.FormationDesBinomes;
import fr.tierslieux.inclusion.binome.ThemeCooperation;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * A vague for its coordination: the applications of volunteer tiers-lieux to review, its
 * binômes, its collective workshops; and the form that forms a binôme.
 */
@Controller
class VagueDetailController {

	private final FormationDesBinomes formation;

	private final CandidatureService candidatures;

	private final AteliersCollectifs ateliers;

	private final BinomeService binomes;

	VagueDetailController(FormationDesBinomes formation, CandidatureService candidatures, AteliersCollectifs ateliers,
			BinomeService binomes) {
		this.formation = formation;
		this.candidatures = candidatures;
		this.ateliers = ateliers;
		this.binomes = binomes;
	}

	@GetMapping("/vagues/{id}")
	String vague(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("vague", formation.vague(moi.perimetre(), id));
		model.addAttribute("candidatures", candidatures.candidatures(moi.perimetre(), id));
		model.addAttribute("binomes", ateliers.invites(moi.perimetre(), id));
		model.addAttribute("ateliers", ateliers.ateliers(moi.perimetre(), id));
		model.addAttribute("types", TypeAtelierCollectif.values());
		model.addAttribute("coteAgence", Cote.AGENCE);
		model.addAttribute("coteTiersLieu", Cote.TIERS_LIEU);
		if (!model.containsAttribute("atelier")) {
			model.addAttribute("atelier", new AtelierCollectifFormData());
		}
		return "vagues/vague";
	}

	@PostMapping("/vagues/{id}/candidatures/{candidature}")
	String decider(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long candidature,
			@RequestParam("version") long version, @RequestParam("decision") String decision,
			@RequestParam(name = "motif", required = false) String motif, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		boolean retenue = "RETENIR".equals(decision);
		try {
			candidatures.decider(moi.perimetre(), candidature, version, retenue,
					motif == null ? null : Saisie.nettoyer(motif, 500));
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("motifManquant", candidature);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return vague(moi, id, model);
		}
		redirection.addFlashAttribute(retenue ? "retenue" : "declinee", true);
		return "redirect:/vagues/" + id;
	}

	@PostMapping("/vagues/{id}/ateliers")
	String planifier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("atelier") AtelierCollectifFormData atelier, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (erreurs.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return vague(moi, id, model);
		}
		ateliers.planifier(moi.perimetre(), id, atelier.getType(), atelier.getDate(),
				Saisie.nettoyer(atelier.getLieu(), 300),
				atelier.getAutresInvites() == null ? null : Saisie.nettoyer(atelier.getAutresInvites(), 1000));
		redirection.addFlashAttribute("atelierPlanifie", true);
		return "redirect:/vagues/" + id;
	}

	@PostMapping("/vagues/{id}/ateliers/{atelier}/presences")
	String presences(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long atelier,
			@RequestParam("version") long version,
			@RequestParam(name = "presents", required = false) Set<String> presents, RedirectAttributes redirection) {
		ateliers.enregistrerPresences(moi.perimetre(), atelier, version, presents == null ? Set.of() : presents);
		redirection.addFlashAttribute("presencesEnregistrees", true);
		return "redirect:/vagues/" + id;
	}

	@GetMapping("/vagues/{id}/binomes/nouveau")
	String formulaire(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "tiersLieu", required = false) Long tiersLieu,
			@RequestParam(name = "agence", required = false) Long agence, Model model) {
		model.addAttribute("vague", formation.vague(moi.perimetre(), id));
		model.addAttribute("retenus", formation.tiersLieuxRetenus(id));
		BinomeFormData binome = (BinomeFormData) model.getAttribute("binome");
		if (binome == null) {
			binome = new BinomeFormData();
			binome.setTiersLieu(tiersLieu);
			binome.setAgence(agence);
			binome.setThemes(Set.of(ThemeCooperation.NUMERIQUE));
			model.addAttribute("binome", binome);
		}
		if (binome.getTiersLieu() != null) {
			model.addAttribute("agences", formation.agences(id, binome.getTiersLieu()));
			model.addAttribute("facilitateurs", formation.facilitateurs(binome.getTiersLieu()));
		}
		if (binome.getAgence() != null) {
			model.addAttribute("conseillers", formation.conseillers(binome.getAgence()));
		}
		model.addAttribute("themes", ThemeCooperation.values());
		return "vagues/nouveau-binome";
	}

	@PostMapping("/vagues/{id}/binomes")
	String former(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("binome") BinomeFormData binome, BindingResult erreurs, Model model,
			HttpServletResponse response) {
		if (binome.getThemes().contains(ThemeCooperation.AUTRE)
				&& (binome.getAutreTheme() == null || binome.getAutreTheme().isBlank())) {
			erreurs.rejectValue("autreTheme", "binome.autreThemeRequis");
		}
		if (!erreurs.hasErrors()) {
			try {
				return "redirect:/binomes/" + binomes.former(moi.perimetre(), binome.binome(id));
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formulaire(moi, id, null, null, model);
	}

}
