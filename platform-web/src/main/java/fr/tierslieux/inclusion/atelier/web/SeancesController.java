package fr.tierslieux.inclusion.atelier.web;

import java.io.IOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
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

import fr.tierslieux.inclusion.atelier.CalendrierDesSeances;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.Planning;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.SeanceDuParcours;
import fr.tierslieux.inclusion.atelier.Seance;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.progression.Situation;
import fr.tierslieux.inclusion.progression.SuiviDesSorties;
import fr.tierslieux.inclusion.web.AdresseDuSite;

/**
 * The calendar of a parcours (by month), the form that plans a session, the page of a
 * session where it is moved or cancelled, and the calendar as an {@code .ics} file.
 */
@Controller
class SeancesController {

	private final PlanningDesSeances planning;

	private final CalendrierDesSeances calendrier;

	private final AdresseDuSite adresseDuSite;

	private final SuiviDesSorties sorties;

	SeancesController(PlanningDesSeances planning, CalendrierDesSeances calendrier, AdresseDuSite adresseDuSite,
			SuiviDesSorties sorties) {
		this.sorties = sorties;
		this.planning = planning;
		this.calendrier = calendrier;
		this.adresseDuSite = adresseDuSite;
	}

	@GetMapping("/parcours/{id}/seances")
	String calendrier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		Planning lu = planning.planning(moi.perimetre(), id);
		Map<YearMonth, List<Seance>> parMois = new LinkedHashMap<>();
		lu.seances().forEach(s -> parMois.computeIfAbsent(YearMonth.from(s.date()), m -> new ArrayList<>()).add(s));
		model.addAttribute("parcours", lu.parcours());
		model.addAttribute("parMois", parMois);
		model.addAttribute("planificateur", lu.parcours().planifiablePar(moi.perimetre()));
		if (!model.containsAttribute("seance")) {
			model.addAttribute("seance", SeanceFormData.pour(lu.parcours()));
		}
		model.addAttribute("types", TypeAtelier.values());
		model.addAttribute("repartition", sorties.duParcours(moi.perimetre(), id));
		model.addAttribute("situations", Situation.values());
		return "seances/calendrier";
	}

	@PostMapping("/parcours/{id}/seances")
	String planifier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("seance") SeanceFormData seance, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				planning.planifier(moi.perimetre(), id, seance.seance());
				redirection.addFlashAttribute("planifiee", seance.getIntitule().strip());
				return "redirect:/parcours/" + id + "/seances";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return refuseSiLecteur(calendrier(moi, id, model), model);
	}

	@GetMapping("/seances/{id}")
	String seance(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		SeanceDuParcours lue = planning.seance(moi.perimetre(), id);
		model.addAttribute("parcours", lue.parcours());
		model.addAttribute("s", lue.seance());
		model.addAttribute("planificateur", lue.parcours().planifiablePar(moi.perimetre()));
		if (!model.containsAttribute("seance")) {
			model.addAttribute("seance", SeanceFormData.de(lue.seance()));
		}
		model.addAttribute("types", TypeAtelier.values());
		return "seances/seance";
	}

	@PostMapping("/seances/{id}")
	String modifier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("seance") SeanceFormData seance, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				planning.modifier(moi.perimetre(), id, seance.getVersion(), seance.seance());
				redirection.addFlashAttribute("modifiee", true);
				return "redirect:/seances/" + id;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
			catch (ConflitException conflit) {
				// the page shows the session as it now stands, what was typed kept in the
				// form
				model.addAttribute("conflit", conflit);
				response.setStatus(HttpStatus.CONFLICT.value());
				String page = seance(moi, id, model);
				seance.setVersion(((Seance) model.getAttribute("s")).version());
				return page;
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return refuseSiLecteur(seance(moi, id, model), model);
	}

	/**
	 * A reader who may not plan gets 403 for a wrong form as for a right one, not the
	 * errors of a form they could never send.
	 */
	private static String refuseSiLecteur(String page, Model model) {
		if (!Boolean.TRUE.equals(model.getAttribute("planificateur"))) {
			throw new AccesRefuseException("seuls le tiers-lieu du parcours et la coordination planifient ses séances");
		}
		return page;
	}

	@PostMapping("/seances/{id}/annulation")
	String annuler(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @RequestParam("version") long version,
			@RequestParam(name = "motif", required = false) String motif, Model model, HttpServletResponse response,
			RedirectAttributes redirection) {
		try {
			planning.annuler(moi.perimetre(), id, version, motif);
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("motifManquant", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return seance(moi, id, model);
		}
		catch (ConflitException conflit) {
			model.addAttribute("conflit", conflit);
			response.setStatus(HttpStatus.CONFLICT.value());
			return seance(moi, id, model);
		}
		redirection.addFlashAttribute("annulee", true);
		return "redirect:/seances/" + id;
	}

	@GetMapping("/parcours/{id}/seances.ics")
	void ics(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, HttpServletResponse response)
			throws IOException {
		Planning lu = planning.planning(moi.perimetre(), id);
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"parcours-" + id + ".ics\"");
		calendrier.ecrire(lu, URI.create(adresseDuSite.adresse()).getHost(), response.getOutputStream());
	}

}
