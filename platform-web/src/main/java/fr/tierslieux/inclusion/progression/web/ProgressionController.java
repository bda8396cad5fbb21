package fr.tierslieux.inclusion.progression.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.progression.FinDeParcours;
import fr.tierslieux.inclusion.progression.Moment;
import fr.tierslieux.inclusion.progression.NouveauCritere;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne.Progression;
import fr.tierslieux.inclusion.progression.ProgressionDUnePersonne;
import fr.tierslieux.inclusion.progression.Situation;
import fr.tierslieux.inclusion.progression.SuiviDesSorties;

/**
 * A person's progression: on the page of those who follow them (criteria chosen with the
 * person, ratings before, after a session, at the end), and on the person's own page
 * opened by their personal link.
 */
@Controller
class ProgressionController {

	static final String NOTE = "note-";

	private final ProgressionDUnePersonne progression;

	private final CartesDuCanevas cartes;

	private final SuiviDesSorties sorties;

	private final FinDeParcours fin;

	ProgressionController(ProgressionDUnePersonne progression, CartesDuCanevas cartes, SuiviDesSorties sorties,
			FinDeParcours fin) {
		this.progression = progression;
		this.cartes = cartes;
		this.sorties = sorties;
		this.fin = fin;
	}

	@GetMapping("/beneficiaires/{id}/progression")
	String suivi(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		Progression lue = progression.progression(moi.perimetre(), id);
		model.addAttribute("progression", lue);
		model.addAttribute("sorties", sorties.suivis(lue.fiche()));
		model.addAttribute("fins", fin.fins(lue.fiche()));
		model.addAttribute("questionsFin", List.of("nouveauProjet", "competencesProjet"));
		model.addAttribute("noteLesSorties", moi.perimetre().role() == Role.CONSEILLER);
		model.addAttribute("situations", Situation.values());
		model.addAttribute("pix", cartes.pix());
		model.addAttribute("digcomp", cartes.digcomp());
		// "Je me sens capable de mener une recherche et une veille d'information"
		model.addAttribute("suggestions",
				cartes.pix()
					.stream()
					.map(c -> "Je me sens capable de " + c.libelle().substring(0, 1).toLowerCase(Locale.FRENCH)
							+ c.libelle().substring(1))
					.toList());
		return "progression/suivi";
	}

	@PostMapping("/beneficiaires/{id}/progression/{orientation}/criteres")
	String definir(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long orientation,
			@RequestParam Map<String, String> parametres, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		List<NouveauCritere> criteres = new ArrayList<>();
		for (int i = 1; i <= ProgressionDUnePersonne.MAXIMUM; i++) {
			criteres.add(new NouveauCritere(parametres.get("libelle" + i), parametres.get("competence" + i)));
		}
		try {
			progression.definir(moi.perimetre(), id, orientation, criteres);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refus", refus);
			model.addAttribute("orientationEnErreur", orientation);
			model.addAttribute("saisis", criteres);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return suivi(moi, id, model);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			return suivi(moi, id, model);
		}
		redirection.addFlashAttribute("criteresDefinis", true);
		return "redirect:/beneficiaires/" + id + "/progression#parcours-" + orientation;
	}

	/**
	 * @param quand {@code AVANT}, {@code FIN}, or the id of the session rated after
	 */
	@PostMapping("/beneficiaires/{id}/progression/{orientation}/notes")
	String noter(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long orientation,
			@RequestParam(name = "quand", required = false) String quand, @RequestParam Map<String, String> parametres,
			Model model, HttpServletResponse response, RedirectAttributes redirection) {
		try {
			Moment moment = quand == null || quand.isBlank() ? null
					: quand.chars().allMatch(Character::isDigit) ? Moment.PENDANT : Moment.valueOf(quand);
			Long seance = moment == Moment.PENDANT ? Long.valueOf(quand) : null;
			progression.noter(moi.perimetre(), id, orientation, moment, seance, notes(parametres));
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refusNotes", refus);
			model.addAttribute("orientationEnErreur", orientation);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return suivi(moi, id, model);
		}
		catch (IllegalArgumentException forge) {
			// a moment or a rating no form offers
			model.addAttribute("refusNotes", new SaisieRefuseeException("notes", "progression.noteHorsEchelle"));
			model.addAttribute("orientationEnErreur", orientation);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return suivi(moi, id, model);
		}
		redirection.addFlashAttribute("notesEnregistrees", true);
		return "redirect:/beneficiaires/" + id + "/progression#parcours-" + orientation;
	}

	/** The end of the parcours, assessed with the person. */
	@PostMapping("/beneficiaires/{id}/fin/{orientation}")
	String evaluer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long orientation,
			@RequestParam(name = "nouveauProjet", required = false) Integer nouveauProjet,
			@RequestParam(name = "competencesProjet", required = false) Integer competencesProjet,
			@RequestParam(name = "commentaire", required = false) String commentaire, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		try {
			fin.evaluer(moi.perimetre(), id, orientation, nouveauProjet, competencesProjet, commentaire);
		}
		catch (SaisieRefuseeException refus) {
			return refuserFin(moi, id, orientation, refus, model, response);
		}
		redirection.addFlashAttribute("finEnregistree", true);
		return "redirect:/beneficiaires/" + id + "/progression#fin-" + orientation;
	}

	/** A rebond: a place of the directory the person is sent on to. */
	@PostMapping("/beneficiaires/{id}/rebonds/{orientation}")
	String rebond(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long orientation,
			@RequestParam(name = "lieu", required = false) Long lieu,
			@RequestParam(name = "motif", required = false) String motif, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		try {
			fin.orienterVers(moi.perimetre(), id, orientation, lieu, motif);
		}
		catch (SaisieRefuseeException refus) {
			return refuserFin(moi, id, orientation, refus, model, response);
		}
		redirection.addFlashAttribute("finEnregistree", true);
		return "redirect:/beneficiaires/" + id + "/progression#fin-" + orientation;
	}

	private String refuserFin(Connecte moi, Long id, Long orientation, SaisieRefuseeException refus, Model model,
			HttpServletResponse response) {
		model.addAttribute("refusFin", refus);
		model.addAttribute("finEnErreur", orientation);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return suivi(moi, id, model);
	}

	/** The counsellor records the person's situation at one échéance. */
	@PostMapping("/beneficiaires/{id}/sorties/{orientation}")
	String sortie(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long orientation,
			@RequestParam(name = "echeance", required = false) Echeance echeance,
			@RequestParam(name = "situation", required = false) Situation situation,
			@RequestParam(name = "precision", required = false) String precision, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		try {
			sorties.enregistrer(moi.perimetre(), id, orientation, echeance, situation, precision);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("refusSortie", refus);
			model.addAttribute("sortieEnErreur", orientation + "-" + echeance);
			model.addAttribute("precisionSaisie", precision);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return suivi(moi, id, model);
		}
		redirection.addFlashAttribute("sortieEnregistree", true);
		return "redirect:/beneficiaires/" + id + "/progression#sortie-" + orientation;
	}

	/** The counsellor's list of situations due. */
	@GetMapping("/suivis")
	String aFaire(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("aFaire", sorties.aFaire(moi.perimetre()));
		return "progression/a-faire";
	}

	/** The situations counted per typologie, loaded into the vague's page. */
	@GetMapping("/vagues/{id}/sorties")
	String repartition(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("repartition", sorties.repartition(moi.perimetre(), id));
		model.addAttribute("situations", Situation.values());
		return "progression/repartition";
	}

	@GetMapping("/carnet/{jeton}/progression")
	String personne(@PathVariable String jeton, Model model) {
		model.addAttribute("progression",
				progression.pourLaPersonne(jeton).orElseThrow(() -> new IntrouvableException("carnet", null)));
		model.addAttribute("jeton", jeton);
		return "progression/personne";
	}

	@PostMapping("/carnet/{jeton}/progression")
	String noterParLaPersonne(@PathVariable String jeton,
			@RequestParam(name = "orientation", required = false) Long orientation,
			@RequestParam Map<String, String> parametres, Model model, HttpServletResponse response) {
		try {
			if (orientation == null) {
				throw new IntrouvableException("orientation", null);
			}
			progression.noterParLaPersonne(jeton, orientation, notes(parametres));
			model.addAttribute("merci", true);
		}
		catch (SaisieRefuseeException | IllegalArgumentException refus) {
			model.addAttribute("rienDeCoche", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return personne(jeton, model);
	}

	/** {@code note-<criterion id>=<1..4>}; a forged name or value is refused. */
	private static Map<Long, Integer> notes(Map<String, String> parametres) {
		Map<Long, Integer> notes = new HashMap<>();
		parametres.forEach((nom, valeur) -> {
			if (nom.startsWith(NOTE)) {
				notes.put(Long.valueOf(nom.substring(NOTE.length())), Integer.valueOf(valeur));
			}
		});
		return notes;
	}

}
