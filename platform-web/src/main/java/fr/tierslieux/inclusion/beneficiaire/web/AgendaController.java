package fr.tierslieux.inclusion.beneficiaire.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.tierslieux.inclusion.atelier.CalendrierDesSeances;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.Planning;
import fr.tierslieux.inclusion.beneficiaire.AgendaDUnePersonne;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.web.AdresseDuSite;

/**
 * A person's sessions as an iCalendar file: downloaded by those who follow them, or by
 * the person from the personal link of their carnet de bord.
 */
@Controller
class AgendaController {

	private final AgendaDUnePersonne agenda;

	private final CarnetDeBord carnet;

	private final CalendrierDesSeances calendrier;

	private final AdresseDuSite adresseDuSite;

	AgendaController(AgendaDUnePersonne agenda, CarnetDeBord carnet, CalendrierDesSeances calendrier,
			AdresseDuSite adresseDuSite) {
		this.agenda = agenda;
		this.carnet = carnet;
		this.calendrier = calendrier;
		this.adresseDuSite = adresseDuSite;
	}

	@GetMapping("/beneficiaires/{id}/seances.ics")
	void parcoursDeLaPersonne(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			HttpServletResponse response) throws IOException {
		ecrire(agenda.agenda(moi.perimetre(), id), response);
	}

	@GetMapping("/carnet/{jeton}/seances.ics")
	void mesSeances(@PathVariable String jeton, HttpServletResponse response) throws IOException {
		Long personne = carnet.personneDuJeton(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
		ecrire(agenda.agendaDeLaPersonne(personne), response);
	}

	private void ecrire(List<Planning> plannings, HttpServletResponse response) throws IOException {
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mes-seances.ics\"");
		calendrier.ecrire(plannings, URI.create(adresseDuSite.adresse()).getHost(), response.getOutputStream());
	}

}
