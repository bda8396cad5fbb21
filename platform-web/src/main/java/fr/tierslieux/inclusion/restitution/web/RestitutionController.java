package fr.tierslieux.inclusion.restitution.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
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
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.progression.Situation;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague.Restitution;

/**
 * A vague's restitution: the page and its PDF, the testimonies the coordination keeps,
 * the notes of the restitution workshop.
 */
@Controller
class RestitutionController {

	private final RestitutionDUneVague restitutions;

	private final RestitutionPdf pdf;

	RestitutionController(RestitutionDUneVague restitutions, RestitutionPdf pdf) {
		this.restitutions = restitutions;
		this.pdf = pdf;
	}

	@GetMapping("/restitutions")
	String vagues(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("vagues", restitutions.vagues(moi.perimetre()));
		return "restitution/vagues";
	}

	@GetMapping("/restitutions/{id}")
	String restitution(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("r", restitutions.restitution(moi.perimetre(), id));
		model.addAttribute("echeances", new Echeance[] { Echeance.M3, Echeance.M6 });
		model.addAttribute("situations", Situation.values());
		return "restitution/restitution";
	}

	@GetMapping("/restitutions/{id}/restitution.pdf")
	void pdf(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, HttpServletResponse response)
			throws IOException {
		Restitution r = restitutions.restitution(moi.perimetre(), id);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "inline; filename=\"restitution-vague-" + id + ".pdf\"");
		pdf.ecrire(r, response.getOutputStream());
	}

	@PostMapping("/restitutions/{id}/atelier")
	String noter(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "date",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(name = "notes", required = false) String notes,
			@RequestParam(name = "version", defaultValue = "0") long version, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		try {
			restitutions.noterLAtelier(moi.perimetre(), id, date, notes, version);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refus", refus);
			model.addAttribute("notesSaisies", notes);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return restitution(moi, id, model);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			model.addAttribute("notesSaisies", notes);
			response.setStatus(HttpStatus.CONFLICT.value());
			return restitution(moi, id, model);
		}
		redirection.addFlashAttribute("notesEnregistrees", true);
		return "redirect:/restitutions/" + id + "#atelier";
	}

	@PostMapping("/restitutions/{id}/temoignages/{temoignage}")
	String retenir(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long temoignage,
			@RequestParam(name = "retenu", defaultValue = "false") boolean retenu, RedirectAttributes redirection) {
		restitutions.retenir(moi.perimetre(), id, temoignage, retenu);
		redirection.addFlashAttribute("temoignageRetenu", retenu);
		return "redirect:/restitutions/" + id + "#temoignages";
	}

}
