package fr.tierslieux.inclusion.progression.web;

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

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.progression.RetoursDeSeance;
import fr.tierslieux.inclusion.progression.RetoursDeSeance.MesSeances;
import fr.tierslieux.inclusion.progression.RetoursDeSeance.Retour;

/**
 * Feedback on a session: the person's own pages (their sessions, then three questions),
 * opened by their personal link; the tiers-lieu's summary of a session, with the form
 * that enters a feedback given aloud.
 */
@Controller
class RetoursController {

	private final RetoursDeSeance retours;

	RetoursController(RetoursDeSeance retours) {
		this.retours = retours;
	}

	@GetMapping("/carnet/{jeton}/seances")
	String mesSeances(@PathVariable String jeton, Model model) {
		model.addAttribute("mes", lire(jeton));
		model.addAttribute("jeton", jeton);
		return "retours/mes-seances";
	}

	@GetMapping("/carnet/{jeton}/seances/{seance}")
	String maSeance(@PathVariable String jeton, @PathVariable Long seance, Model model) {
		MesSeances mes = lire(jeton);
		model.addAttribute("s",
				mes.seances()
					.stream()
					.filter(s -> s.id().equals(seance))
					.findFirst()
					.orElseThrow(() -> new IntrouvableException("séance", seance)));
		model.addAttribute("jeton", jeton);
		return "retours/ma-seance";
	}

	@PostMapping("/carnet/{jeton}/seances/{seance}")
	String donner(@PathVariable String jeton, @PathVariable Long seance,
			@RequestParam(name = "ressenti", required = false) Integer ressenti,
			@RequestParam(name = "appris", required = false) String appris,
			@RequestParam(name = "aRevoir", required = false) String aRevoir, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		try {
			retours.donnerParLaPersonne(jeton, seance, new Retour(ressenti, appris, aRevoir));
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("sansRessenti", true);
			model.addAttribute("saisi", new Retour(ressenti, appris, aRevoir));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return maSeance(jeton, seance, model);
		}
		redirection.addFlashAttribute("merci", true);
		return "redirect:/carnet/" + jeton + "/seances";
	}

	@GetMapping("/seances/{id}/retours")
	String synthese(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("synthese", retours.synthese(moi.perimetre(), id));
		return "retours/synthese";
	}

	@PostMapping("/seances/{id}/retours")
	String saisir(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "personne", required = false) Long personne,
			@RequestParam(name = "ressenti", required = false) Integer ressenti,
			@RequestParam(name = "appris", required = false) String appris,
			@RequestParam(name = "aRevoir", required = false) String aRevoir, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		try {
			if (personne == null) {
				throw new SaisieRefuseeException("personne", "retour.personneInconnue");
			}
			retours.donnerParLeTiersLieu(moi.perimetre(), id, personne, new Retour(ressenti, appris, aRevoir));
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refus", refus);
			model.addAttribute("saisi", new Retour(ressenti, appris, aRevoir));
			model.addAttribute("personneSaisie", personne);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return synthese(moi, id, model);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			return synthese(moi, id, model);
		}
		redirection.addFlashAttribute("retourSaisi", true);
		return "redirect:/seances/" + id + "/retours";
	}

	private MesSeances lire(String jeton) {
		return retours.pourLaPersonne(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
	}

}
