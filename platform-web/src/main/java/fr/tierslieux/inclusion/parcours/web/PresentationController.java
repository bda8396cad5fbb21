package fr.tierslieux.inclusion.parcours.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.parcours.PresentationParcours;
import fr.tierslieux.inclusion.parcours.PresentationParcours.Presentation;

/** The presentation sheet of a parcours: a page, and the same as a printable PDF. */
@Controller
class PresentationController {

	private final PresentationParcours presentations;

	private final PresentationPdf pdf;

	PresentationController(PresentationParcours presentations, PresentationPdf pdf) {
		this.presentations = presentations;
		this.pdf = pdf;
	}

	@GetMapping("/parcours/{id}")
	String page(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		Presentation presentation = presentations.presentation(moi.perimetre(), id);
		model.addAttribute("p", presentation);
		model.addAttribute("adresse", PresentationPdf.adresse(presentation));
		return "parcours/presentation";
	}

	@GetMapping("/parcours/{id}/presentation.pdf")
	void pdf(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, HttpServletResponse response)
			throws IOException {
		Presentation presentation = presentations.presentation(moi.perimetre(), id);
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"inline; filename=\"parcours-" + presentation.id() + ".pdf\"");
		pdf.ecrire(presentation, response.getOutputStream());
	}

}
