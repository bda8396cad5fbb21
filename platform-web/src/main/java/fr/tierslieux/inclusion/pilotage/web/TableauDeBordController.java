package fr.tierslieux.inclusion.pilotage.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.pilotage.Cockpit;
import fr.tierslieux.inclusion.pilotage.FiltresDuCockpit;
import fr.tierslieux.inclusion.pilotage.Indicateurs;
import fr.tierslieux.inclusion.pilotage.Pilotage;
import fr.tierslieux.inclusion.pilotage.PremiersPas;
import fr.tierslieux.inclusion.pilotage.Repartition;
import fr.tierslieux.inclusion.pilotage.StatistiquesPubliques;
import fr.tierslieux.inclusion.commun.TableurCsv;

/**
 * The cockpit of coordinations, directions and admins: its filters kept in the URL, its
 * figures, charts and the tables they are drawn from, each downloadable as CSV.
 */
@Controller
class TableauDeBordController {

	private static final String[] FILTRES = { "vague", "du", "au", "departement", "typologie", "tiersLieu" };

	private final Cockpit cockpit;

	private final PremiersPas premiersPas;

	private final StatistiquesPubliques statistiques;

	private final MessageSource messages;

	TableauDeBordController(Cockpit cockpit, PremiersPas premiersPas, StatistiquesPubliques statistiques,
			MessageSource messages) {
		this.cockpit = cockpit;
		this.premiersPas = premiersPas;
		this.statistiques = statistiques;
		this.messages = messages;
	}

	@GetMapping("/tableau-de-bord")
	String tableauDeBord(@AuthenticationPrincipal Connecte moi,
			@Valid @ModelAttribute("filtres") FiltresFormData filtres, BindingResult erreurs, Model model) {
		FiltresDuCockpit retenus = retenus(filtres, erreurs);
		Pilotage pilotage = cockpit.pilotage(moi.perimetre(), retenus);
		model.addAttribute("pilotage", pilotage);
		model.addAttribute("tableau", pilotage.tableauDeBord());
		model.addAttribute("retenus", retenus);
		model.addAttribute("choix", cockpit.choix(moi.perimetre(), retenus.departement()));
		model.addAttribute("typologies", TypologieParcours.values());
		model.addAttribute("joursSansActivite", cockpit.joursSansActivite());
		model.addAttribute("premiersPas", premiersPas.etapes(moi.perimetre()));
		model.addAttribute("publications", statistiques.publications(moi.perimetre()));
		return "pilotage/tableau-de-bord";
	}

	/** The figures of one chart, as CSV for a spreadsheet, under the same filters. */
	@GetMapping("/tableau-de-bord/{donnees}.csv")
	void donnees(@AuthenticationPrincipal Connecte moi, @PathVariable String donnees,
			@Valid @ModelAttribute("filtres") FiltresFormData filtres, BindingResult erreurs,
			HttpServletResponse response) throws IOException {
		if (!List.of("entonnoir", "vagues", "typologies", "departements").contains(donnees)) {
			throw new IntrouvableException("données", donnees);
		}
		Pilotage p = cockpit.pilotage(moi.perimetre(), retenus(filtres, erreurs));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"tableau-de-bord-" + donnees + ".csv\"");
		switch (donnees) {
			case "entonnoir" -> entonnoir(p.entonnoir(), response);
			case "vagues" -> {
				try (CSVPrinter csv = TableurCsv.ouvrir(response.getOutputStream(), texte("tableau.vague"),
						texte("tableau.parcours"), texte("tableau.beneficiaires"), texte("tableau.heures"),
						texte("tableau.tauxDePresence"))) {
					for (Pilotage.Tendance t : p.parVague()) {
						csv.printRecord(t.nom(), t.indicateurs().parcours(), t.indicateurs().beneficiaires(),
								heures(t.indicateurs()), t.assiduite().tauxDePresence());
					}
				}
			}
			default -> repartition(donnees.equals("typologies") ? p.parTypologie() : p.parDepartement(),
					donnees.equals("typologies"), response);
		}
	}

	private void entonnoir(Pilotage.Entonnoir e, HttpServletResponse response) throws IOException {
		try (CSVPrinter csv = TableurCsv.ouvrir(response.getOutputStream(), texte("entonnoir.etape"),
				texte("entonnoir.nombre"))) {
			for (var etape : e.etapes().entrySet()) {
				csv.printRecord(texte("entonnoir." + etape.getKey()), etape.getValue());
			}
		}
	}

	private void repartition(List<Repartition> lignes, boolean typologie, HttpServletResponse response)
			throws IOException {
		try (CSVPrinter csv = TableurCsv.ouvrir(response.getOutputStream(),
				texte(typologie ? "tableau.typologie" : "tableau.departement"), texte("tableau.parcours"),
				texte("tableau.ateliers"), texte("tableau.ateliersParParcours"), texte("tableau.heures"),
				texte("tableau.beneficiaires"), texte("tableau.tiersLieux"))) {
			for (Repartition r : lignes) {
				Indicateurs i = r.indicateurs();
				csv.printRecord(typologie ? texte("typologie." + r.cle()) : r.cle() + " — " + r.libelle(), i.parcours(),
						i.ateliers(), TableurCsv.nombre(i.ateliersParParcours()), heures(i), i.beneficiaires(),
						i.tiersLieux());
			}
		}
	}

	private static String heures(Indicateurs indicateurs) {
		return TableurCsv
			.nombre(BigDecimal.valueOf(indicateurs.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
	}

	private String texte(String code) {
		return messages.getMessage(code, null, Locale.FRANCE);
	}

	/** The filters as read, a value that could not be read left out (its error shown). */
	private static FiltresDuCockpit retenus(FiltresFormData filtres, BindingResult erreurs) {
		for (String champ : FILTRES) {
			if (erreurs.hasFieldErrors(champ)) {
				switch (champ) {
					case "vague" -> filtres.setVague(null);
					case "du" -> filtres.setDu(null);
					case "au" -> filtres.setAu(null);
					case "departement" -> filtres.setDepartement(null);
					case "typologie" -> filtres.setTypologie(null);
					default -> filtres.setTiersLieu(null);
				}
			}
		}
		return filtres.filtres();
	}

}
