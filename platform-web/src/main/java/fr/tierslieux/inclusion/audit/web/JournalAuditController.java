package fr.tierslieux.inclusion.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.tierslieux.inclusion.administration.LecturesDuJournalDAudit;
import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.audit.AuditService.LigneAudit;
import fr.tierslieux.inclusion.commun.TableurCsv;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The audit trail for admins: searched by author, person and period, 50 lines a page;
 * what a search finds is exported whole as CSV, to answer a person who asks who read
 * their data (the export is itself a line of the trail).
 */
@Controller
class JournalAuditController {

	static final int PAR_PAGE = 50;

	private final AuditService audit;

	private final LecturesDuJournalDAudit journal;

	JournalAuditController(AuditService audit, LecturesDuJournalDAudit journal) {
		this.audit = audit;
		this.journal = journal;
	}

	@GetMapping("/administration/audit")
	String page(@AuthenticationPrincipal Connecte moi,
			@Valid @ModelAttribute("recherche") RechercheAuditFormData recherche, BindingResult erreurs,
			@RequestParam(name = "avant", required = false) Long avant, Model model, HttpServletResponse response) {
		if (erreurs.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("lignes", List.of());
			return "administration/audit";
		}
		List<LigneAudit> lignes = journal.rechercher(moi.perimetre(), recherche.recherche(), avant, PAR_PAGE + 1);
		model.addAttribute("suivante", lignes.size() > PAR_PAGE ? lignes.get(PAR_PAGE - 1).id() : null);
		model.addAttribute("lignes", lignes.subList(0, Math.min(PAR_PAGE, lignes.size())));
		return "administration/audit";
	}

	@GetMapping("/administration/audit.csv")
	ModelAndView csv(@AuthenticationPrincipal Connecte moi,
			@Valid @ModelAttribute("recherche") RechercheAuditFormData recherche, BindingResult erreurs, Model model,
			HttpServletResponse response) throws IOException {
		if (erreurs.hasErrors()) {
			response.setStatus(422);
			return new ModelAndView("administration/audit", "lignes", List.of());
		}
		audit.noter(moi.identifiant(), "DROIT_EXPORT_DU_JOURNAL", "PAGE", recherche.getPersonne(),
				"auteur=" + recherche.getAuteur() + " du=" + recherche.getDu() + " au=" + recherche.getAu());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"journal-d-audit.csv\"");
		OutputStream sortie = response.getOutputStream();
		try (CSVPrinter csv = TableurCsv.ouvrir(sortie, "Le", "Par", "Adresse", "Action", "Objet", "Identifiant",
				"Détail", "Finalité")) {
			journal.parcourir(moi.perimetre(), recherche.recherche(), ligne -> {
				try {
					csv.printRecord(ligne.survenuLe(), ligne.auteur(), ligne.adresse(), ligne.action(),
							ligne.objetType(), ligne.objetId(), ligne.detail(), ligne.finalite());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		// written already
		return null;
	}

}
