package fr.tierslieux.inclusion.presence.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.presence.FeuilleDEmargement;
import fr.tierslieux.inclusion.presence.FeuilleDEmargement.Feuille;
import fr.tierslieux.inclusion.presence.PresenceStatut;

/**
 * The sign-in sheet of a session, built for a phone: one group of four large choices per
 * person ({@code statut-<person id>}).
 */
@Controller
class FeuilleController {

	private static final String PREFIXE = "statut-";

	private final FeuilleDEmargement feuilles;

	private final FeuillePdf pdf;

	FeuilleController(FeuilleDEmargement feuilles, FeuillePdf pdf) {
		this.feuilles = feuilles;
		this.pdf = pdf;
	}

	@GetMapping("/seances/{id}/emargement")
	String feuille(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		Feuille feuille = feuilles.feuille(moi.perimetre(), id);
		model.addAttribute("feuille", feuille);
		model.addAttribute("s", feuille.seance().seance());
		model.addAttribute("statuts", PresenceStatut.values());
		return "seances/emargement";
	}

	/** The sheet to print, for funders: anyone who fills it may print it. */
	@GetMapping("/seances/{id}/emargement.pdf")
	void pdf(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, HttpServletResponse response)
			throws IOException {
		Feuille feuille = feuilles.feuille(moi.perimetre(), id);
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"emargement-" + id + ".pdf\"");
		pdf.ecrire(feuille, response.getOutputStream());
	}

	@PostMapping("/seances/{id}/emargement")
	String enregistrer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam Map<String, String> parametres, Model model, HttpServletResponse response) {
		Map<Long, PresenceStatut> statuts = new HashMap<>();
		try {
			parametres.forEach((nom, valeur) -> {
				if (nom.startsWith(PREFIXE)) {
					statuts.put(Long.valueOf(nom.substring(PREFIXE.length())), PresenceStatut.valueOf(valeur));
				}
			});
			feuilles.enregistrer(moi.perimetre(), id, statuts);
		}
		catch (IllegalArgumentException | SaisieRefuseeException refus) {
			// a forged name or value, or a person who is not on this sheet
			model.addAttribute("horsFeuille", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return feuille(moi, id, model);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			return feuille(moi, id, model);
		}
		// a parameter, not a flash attribute: the sheet's script follows the redirection
		// in the background and then loads the page itself
		return "redirect:/seances/" + id + "/emargement?enregistree";
	}

}
