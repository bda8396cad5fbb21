package fr.tierslieux.inclusion.demarche.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.demarche.GenreQuestion;
import fr.tierslieux.inclusion.demarche.QuestionnaireDeLaDemarche;

/**
 * The questionnaire on the approach: written and read side by side by the coordination on
 * its vague's page, answered by each side of a binôme on the binôme's page.
 */
@Controller
class QuestionnaireController {

	private static final String Q = "q-";

	private final QuestionnaireDeLaDemarche questionnaire;

	QuestionnaireController(QuestionnaireDeLaDemarche questionnaire) {
		this.questionnaire = questionnaire;
	}

	@GetMapping("/vagues/{id}/questionnaire")
	String vague(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("vagueId", id);
		model.addAttribute("coteACote", questionnaire.coteACote(moi.perimetre(), id));
		model.addAttribute("genres", GenreQuestion.values());
		model.addAttribute("agence", Cote.AGENCE);
		model.addAttribute("tiersLieu", Cote.TIERS_LIEU);
		return "demarche/vague";
	}

	@PostMapping("/vagues/{id}/questionnaire")
	String ajouter(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "libelle", required = false) String libelle,
			@RequestParam(name = "genre", required = false) GenreQuestion genre,
			@RequestParam(name = "choix", required = false) String choix, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		try {
			questionnaire.ajouter(moi.perimetre(), id, libelle, genre, choix);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refus", refus);
			model.addAttribute("libelleSaisi", libelle);
			model.addAttribute("genreSaisi", genre);
			model.addAttribute("choixSaisi", choix);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return vague(moi, id, model);
		}
		redirection.addFlashAttribute("ajoutee", true);
		return "redirect:/vagues/" + id + "/questionnaire";
	}

	@PostMapping("/vagues/{id}/questionnaire/{question}/retrait")
	String retirer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long question,
			Model model, HttpServletResponse response, RedirectAttributes redirection) {
		try {
			questionnaire.retirer(moi.perimetre(), id, question);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			return vague(moi, id, model);
		}
		redirection.addFlashAttribute("retiree", true);
		return "redirect:/vagues/" + id + "/questionnaire";
	}

	@GetMapping("/binomes/{id}/questionnaire")
	String binome(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("questionnaire", questionnaire.pourLeBinome(moi.perimetre(), id));
		model.addAttribute("echelle", List.of("1", "2", "3", "4"));
		return "demarche/binome";
	}

	@PostMapping("/binomes/{id}/questionnaire")
	String repondre(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam Map<String, String> parametres, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		Map<Long, String> reponses = new HashMap<>();
		try {
			parametres.forEach((nom, valeur) -> {
				if (nom.startsWith(Q)) {
					reponses.put(Long.valueOf(nom.substring(Q.length())), valeur);
				}
			});
			questionnaire.repondre(moi.perimetre(), id, reponses);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refus", refus);
			model.addAttribute("saisies", reponses);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return binome(moi, id, model);
		}
		catch (NumberFormatException forge) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return binome(moi, id, model);
		}
		redirection.addFlashAttribute("enregistre", true);
		return "redirect:/binomes/" + id + "/questionnaire";
	}

}
