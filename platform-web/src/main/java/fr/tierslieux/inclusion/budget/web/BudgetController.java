package fr.tierslieux.inclusion.budget.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

import fr.tierslieux.inclusion.budget.BaremeDesVagues;
import fr.tierslieux.inclusion.budget.BilanBudgetaire;
import fr.tierslieux.inclusion.budget.BilansBudgetaires;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The budget of the vagues: the report of each, narrowed to a département if asked, its
 * table and the versions of it, and the report as a spreadsheet, a CSV or a PDF.
 */
@Controller
class BudgetController {

	/** The formats of the report's files and their media types. */
	private static final Map<String, String> FORMATS = Map.of("xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv", "text/csv;charset=UTF-8", "pdf",
			"application/pdf");

	private final BilansBudgetaires bilans;

	private final BaremeDesVagues baremes;

	private final BilanXlsx xlsx;

	private final BilanCsv csv;

	private final BilanPdf pdf;

	BudgetController(BilansBudgetaires bilans, BaremeDesVagues baremes, BilanXlsx xlsx, BilanCsv csv, BilanPdf pdf) {
		this.bilans = bilans;
		this.baremes = baremes;
		this.xlsx = xlsx;
		this.csv = csv;
		this.pdf = pdf;
	}

	@GetMapping("/budget")
	String vagues(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("vagues", bilans.vagues(moi.perimetre()));
		return "budget/vagues";
	}

	@GetMapping("/budget/{id}")
	String bilan(@AuthenticationPrincipal Connecte moi, @PathVariable long id,
			@RequestParam(name = "departement", required = false) String departement, Model model) {
		String filtre = filtre(departement);
		model.addAttribute("bilan", bilans.bilan(moi.perimetre(), id, filtre));
		model.addAttribute("departements", bilans.departements(moi.perimetre(), id));
		var versions = baremes.versions(moi.perimetre(), id);
		model.addAttribute("versions", versions);
		if (baremes.modifiable(moi.perimetre(), id) && !model.containsAttribute("bareme")) {
			model.addAttribute("bareme", BaremeFormData.de(versions.get(0)));
		}
		return "budget/bilan";
	}

	@PostMapping("/budget/{id}/bareme")
	String modifier(@AuthenticationPrincipal Connecte moi, @PathVariable long id,
			@Valid @ModelAttribute("bareme") BaremeFormData bareme, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!baremes.modifiable(moi.perimetre(), id)) {
			throw new AccesRefuseException(moi.identifiant() + " ne coordonne pas la vague " + id);
		}
		if (!erreurs.hasErrors()) {
			try {
				int numero = baremes.modifier(moi.perimetre(), id, bareme.getNumero(), bareme.bareme()).numero();
				redirection.addFlashAttribute("enVigueur", numero);
				return "redirect:/budget/" + id;
			}
			catch (ConflitException conflit) {
				model.addAttribute("conflit", conflit);
				response.setStatus(HttpStatus.CONFLICT.value());
				return bilan(moi, id, null, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return bilan(moi, id, null, model);
	}

	/**
	 * The report as a workbook, a CSV table or a printable PDF, under the page's filter.
	 */
	@GetMapping("/budget/{id}/bilan.{format}")
	void telecharger(@AuthenticationPrincipal Connecte moi, @PathVariable long id, @PathVariable String format,
			@RequestParam(name = "departement", required = false) String departement, HttpServletResponse response)
			throws IOException {
		if (!FORMATS.containsKey(format)) {
			throw new IntrouvableException("format", format);
		}
		BilanBudgetaire bilan = bilans.bilan(moi.perimetre(), id, filtre(departement));
		response.setContentType(FORMATS.get(format));
		String filtre = bilan.entete().departement() == null ? "" : "-" + bilan.entete().departement();
		response.setHeader("Content-Disposition", "attachment; filename=\"bilan-budgetaire-vague-"
				+ bilan.entete().vagueId() + filtre + "." + format + "\"");
		switch (format) {
			case "xlsx" -> xlsx.ecrire(bilan, response.getOutputStream());
			case "csv" -> csv.ecrire(bilan, response.getOutputStream());
			default -> pdf.ecrire(bilan, response.getOutputStream());
		}
	}

	/** A département's code, or nothing when the filter is empty or cannot be one. */
	private static String filtre(String departement) {
		return departement == null || departement.isBlank() || !departement.strip().matches("[0-9A-Za-z]{2,3}") ? null
				: departement.strip();
	}

}
