package fr.tierslieux.inclusion.export.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.export.DemandeDExport;
import fr.tierslieux.inclusion.export.ExportDemande;
import fr.tierslieux.inclusion.export.ExportsDActivite;
import fr.tierslieux.inclusion.export.FormatExport;
import fr.tierslieux.inclusion.pilotage.Cockpit.Choix;

/**
 * The activity exports: a small one comes back at once as the answer to the form; a large
 * one is produced in the background, and its author follows it on this page until its
 * file can be downloaded.
 */
@Controller
class ExportsController {

	private final ExportsDActivite exports;

	ExportsController(ExportsDActivite exports) {
		this.exports = exports;
	}

	@GetMapping("/exports")
	String exports(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("export", new ExportFormData());
		return page(moi, exports.vagues(moi.perimetre()), model);
	}

	/** The file itself, or the page again: null once the file is written. */
	@PostMapping("/exports")
	ModelAndView exporter(@AuthenticationPrincipal Connecte moi, @Valid @ModelAttribute("export") ExportFormData export,
			BindingResult erreurs, Model model, HttpServletResponse response, RedirectAttributes redirection)
			throws IOException {
		List<Choix> vagues = exports.vagues(moi.perimetre());
		if (export.getVague() != null
				&& vagues.stream().noneMatch(v -> v.valeur().equals(export.getVague().toString()))) {
			erreurs.rejectValue("vague", "export.vagueInconnue");
		}
		if (!erreurs.hasFieldErrors("activite")
				&& !ExportsDActivite.activites(moi.perimetre()).contains(export.getActivite())) {
			erreurs.rejectValue("activite", "export.activiteRefusee");
		}
		else if (!erreurs.hasFieldErrors("activite") && !ExportsDActivite.permis(moi.perimetre(), export.demande())) {
			erreurs.rejectValue("nominatif", "export.nominatifRefuse");
		}
		if (erreurs.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return new ModelAndView(page(moi, vagues, model));
		}
		DemandeDExport demande = export.demande();
		long lignes = exports.compter(moi.perimetre(), demande);
		if (exports.enArrierePlan(lignes)) {
			Long id = exports.demander(moi.perimetre(), demande, lignes);
			redirection.addFlashAttribute("demandee", id);
			return new ModelAndView("redirect:/exports");
		}
		envoyer(response, demande.format(), demande.nomDeFichier());
		exports.ecrire(moi.perimetre(), demande, lignes, response.getOutputStream());
		return null;
	}

	/** The file of a background export, for its author, until it expires. */
	@GetMapping("/exports/{id}/fichier")
	void fichier(@AuthenticationPrincipal Connecte moi, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		ExportDemande pret = exports.pret(moi.perimetre(), id);
		envoyer(response, pret.format(), pret.nomDeFichier());
		response.setContentLengthLong(pret.taille());
		exports.copier(moi.perimetre(), id, response.getOutputStream());
	}

	private String page(Connecte moi, List<Choix> vagues, Model model) {
		List<ExportDemande> demandes = exports.demandes(moi.perimetre());
		model.addAttribute("vagues", vagues);
		model.addAttribute("activites", ExportsDActivite.activites(moi.perimetre()));
		model.addAttribute("formats", FormatExport.values());
		model.addAttribute("nominatifPossible", moi.perimetre().accedeAuxPersonnes());
		model.addAttribute("demandes", demandes);
		model.addAttribute("enCours", demandes.stream().anyMatch(ExportDemande::enCours));
		return "exports/exports";
	}

	private static void envoyer(HttpServletResponse response, FormatExport format, String nom) {
		response.setContentType(format.typeMime());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(nom).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
