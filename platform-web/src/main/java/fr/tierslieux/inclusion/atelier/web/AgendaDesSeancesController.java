package fr.tierslieux.inclusion.atelier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.atelier.AgendaDesSeances;
import fr.tierslieux.inclusion.atelier.AgendaDesSeances.Agenda;
import fr.tierslieux.inclusion.atelier.AgendaDesSeances.SeanceDuMois;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.territoire.Fuseau;
import fr.tierslieux.inclusion.web.Formats;

/**
 * The agenda of a month: a tiers-lieu's sessions day by day, all its parcours together;
 * the month and the tiers-lieu are kept in the address.
 */
@Controller
class AgendaDesSeancesController {

	private final AgendaDesSeances agenda;

	private final Formats formats;

	private final Clock clock;

	AgendaDesSeancesController(AgendaDesSeances agenda, Formats formats, Clock clock) {
		this.agenda = agenda;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping("/agenda")
	String agenda(@AuthenticationPrincipal Connecte moi,
			@RequestParam(name = "tiersLieu", required = false) Long tiersLieu,
			@RequestParam(name = "mois", required = false) String mois, Model model) {
		Agenda lu = agenda.mois(moi.perimetre(), tiersLieu, lireMois(mois));
		Map<LocalDate, List<SeanceDuMois>> parJour = lu.seances()
			.stream()
			.collect(Collectors.groupingBy(SeanceDuMois::date, LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("agenda", lu);
		// the page's title is built where beans are out of reach
		model.addAttribute("moisAffiche", formats.mois(lu.mois()));
		model.addAttribute("parJour", parJour);
		model.addAttribute("limite", AgendaDesSeances.LIMITE);
		model.addAttribute("tiersLieuChoisi", lu.lieu() == null ? null : lu.lieu().id());
		return "seances/agenda";
	}

	/** The month asked (2026-11), this month when none or a wrong one is given. */
	private YearMonth lireMois(String mois) {
		if (mois != null) {
			try {
				return YearMonth.parse(mois);
			}
			catch (DateTimeParseException ignore) {
				// a hand-typed address: show this month rather than an error
			}
		}
		return YearMonth.now(clock.withZone(Fuseau.METROPOLE));
	}

}
