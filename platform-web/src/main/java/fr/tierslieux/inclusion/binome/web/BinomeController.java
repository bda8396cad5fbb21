package fr.tierslieux.inclusion.binome.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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

import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.Phase;
import fr.tierslieux.inclusion.binome.FacteurDeSucces;
import fr.tierslieux.inclusion.binome.FicheService;
import fr.tierslieux.inclusion.binome.QuestionFiche;
import fr.tierslieux.inclusion.binome.SuiviDuBinome;
import fr.tierslieux.inclusion.binome.SuiviDuBinome.PageBinome;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The binômes of the reader, a binôme's page (phase, to-do, timeline, success factors)
 * and its fiche ping-pong.
 */
@Controller
class BinomeController {

	/** Longest answer of the fiche, as the database keeps it. */
	static final int REPONSE_MAX = 4000;

	private final SuiviDuBinome suivi;

	private final BinomeService binomes;

	private final FicheService fiches;

	BinomeController(SuiviDuBinome suivi, BinomeService binomes, FicheService fiches) {
		this.suivi = suivi;
		this.binomes = binomes;
		this.fiches = fiches;
	}

	@GetMapping("/binomes")
	String liste(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "apres", required = false) Long apres,
			@RequestParam(name = "avant", required = false) Long avant, Model model) {
		model.addAttribute("page", suivi.binomes(moi.perimetre(), Curseur.de(apres, avant)));
		return "binomes/liste";
	}

	@GetMapping("/binomes/{id}")
	String binome(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		PageBinome page = suivi.page(moi.perimetre(), id);
		model.addAttribute("b", page);
		model.addAttribute("moments", FacteurDeSucces.Moment.values());
		model.addAttribute("phases", Phase.values());
		model.addAttribute("cotes", Cote.values());
		if (page.binome().phase() != Phase.T4) {
			model.addAttribute("phaseSuivante", Phase.values()[page.binome().phase().ordinal() + 1]);
		}
		model.addAttribute("conseillers", page.conseillers());
		model.addAttribute("facilitateurs", page.facilitateurs());
		return "binomes/binome";
	}

	@PostMapping("/binomes/{id}/facteurs")
	String cocher(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam("facteur") FacteurDeSucces facteur, @RequestParam("coche") boolean coche) {
		suivi.cocher(moi.perimetre(), id, facteur, coche);
		return "redirect:/binomes/" + id + "#facteurs";
	}

	@PostMapping("/binomes/{id}/phase")
	String avancer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @RequestParam("version") long version,
			@RequestParam(name = "motif", required = false) String motif, RedirectAttributes redirection) {
		binomes.passerALaPhaseSuivante(moi.perimetre(), id, version,
				motif == null || motif.isBlank() ? null : Saisie.nettoyer(motif, 500));
		redirection.addFlashAttribute("avance", true);
		return "redirect:/binomes/" + id;
	}

	@PostMapping("/binomes/{id}/referents")
	String nommer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @RequestParam("version") long version,
			@RequestParam(name = "referentAgence", required = false) Long referentAgence,
			@RequestParam(name = "referentTiersLieu", required = false) Long referentTiersLieu, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		try {
			binomes.nommerReferents(moi.perimetre(), id, version, referentAgence, referentTiersLieu);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("erreurReferents", refus.codeMessage());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return binome(moi, id, model);
		}
		redirection.addFlashAttribute("referentsNommes", true);
		return "redirect:/binomes/" + id;
	}

	@GetMapping("/binomes/{id}/fiche")
	String fiche(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("fiche", fiches.fiche(moi.perimetre(), id));
		model.addAttribute("questions", QuestionFiche.values());
		return "binomes/fiche";
	}

	/**
	 * The side's answers, named {@code reponse.PUBLICS} …; {@code passer} hands the fiche
	 * over. Too long an answer, or a fiche written meanwhile, shows the form again with
	 * what was typed.
	 */
	@PostMapping("/binomes/{id}/fiche")
	String ecrire(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @RequestParam("etat") long etat,
			@RequestParam(name = "passer", required = false) String passer, HttpServletRequest request, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		Map<QuestionFiche, String> reponses = new EnumMap<>(QuestionFiche.class);
		Map<QuestionFiche, String> tropLongues = new EnumMap<>(QuestionFiche.class);
		for (QuestionFiche question : QuestionFiche.values()) {
			String texte = request.getParameter("reponse." + question.name());
			if (texte != null) {
				reponses.put(question, texte);
				if (texte.length() > REPONSE_MAX) {
					tropLongues.put(question, "pingpong.tropLongue");
				}
			}
		}
		if (tropLongues.isEmpty()) {
			try {
				fiches.ecrire(moi.perimetre(), id, etat, nettoyer(reponses), passer != null);
				redirection.addFlashAttribute(passer != null ? "passee" : "enregistree", true);
				return "redirect:/binomes/" + id + "/fiche";
			}
			catch (ConflitException conflit) {
				model.addAttribute("conflit", conflit);
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		else {
			model.addAttribute("erreurs", tropLongues);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("saisies", reponses);
		return fiche(moi, id, model);
	}

	private static Map<QuestionFiche, String> nettoyer(Map<QuestionFiche, String> reponses) {
		Map<QuestionFiche, String> propres = new EnumMap<>(QuestionFiche.class);
		reponses.forEach((question, texte) -> propres.put(question, Saisie.nettoyerParagraphes(texte, REPONSE_MAX)));
		return propres;
	}

}
