package fr.tierslieux.inclusion.pilotage.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.tierslieux.inclusion.pilotage.IndicateursService;
import fr.tierslieux.inclusion.pilotage.PremiersPas;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/** The coordinator's and pilote's home: key figures and breakdowns of their régions. */
@Controller
class TableauDeBordController {

	private final IndicateursService indicateurs;

	private final PremiersPas premiersPas;

	TableauDeBordController(IndicateursService indicateurs, PremiersPas premiersPas) {
		this.indicateurs = indicateurs;
		this.premiersPas = premiersPas;
	}

	@GetMapping("/tableau-de-bord")
	String tableauDeBord(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("tableau", indicateurs.tableauDeBord(moi.perimetre()));
		model.addAttribute("premiersPas", premiersPas.etapes(moi.perimetre()));
		return "pilotage/tableau-de-bord";
	}

}
