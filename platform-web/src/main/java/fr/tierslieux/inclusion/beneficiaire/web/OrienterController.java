package fr.tierslieux.inclusion.beneficiaire.web;

import java.time.Clock;

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

import fr.tierslieux.inclusion.beneficiaire.DoublonPossibleException;
import fr.tierslieux.inclusion.administration.NoticesDInformation;
import fr.tierslieux.inclusion.beneficiaire.OrientationDUnePersonne;
import fr.tierslieux.inclusion.beneficiaire.OrientationDUnePersonne.ParcoursOuvert;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * A counsellor refers a person to a parcours of their binôme: the form, the people who
 * look alike when there are some (this one, or another person), and the information
 * notice the person is shown before consenting.
 */
@Controller
class OrienterController {

	private final OrientationDUnePersonne orientation;

	private final Clock clock;

	private final NoticesDInformation notices;

	OrienterController(OrientationDUnePersonne orientation, Clock clock, NoticesDInformation notices) {
		this.orientation = orientation;
		this.clock = clock;
		this.notices = notices;
	}

	@GetMapping("/orientations/parcours/{id}")
	String formulaire(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		ParcoursOuvert parcours = orientation.parcours(moi.perimetre(), id);
		model.addAttribute("parcours", parcours);
		OrientationFormData.preparer(model, clock, notices);
		return "orientations/nouvelle";
	}

	@PostMapping("/orientations/parcours/{id}")
	String orienter(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("personne") OrientationFormData personne, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				Long beneficiaire = orientation.orienterNouvelle(moi.perimetre(), moi.id(), id, personne.personne(),
						personne.isAutrePersonne());
				redirection.addFlashAttribute("orientee", true);
				return "redirect:/beneficiaires/" + beneficiaire;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
			catch (DoublonPossibleException doublon) {
				model.addAttribute("ressemblances", doublon.ressemblances());
				response.setStatus(HttpStatus.CONFLICT.value());
				return formulaire(moi, id, model);
			}
			catch (ConflitException conflit) {
				model.addAttribute("conflit", conflit);
				response.setStatus(HttpStatus.CONFLICT.value());
				return formulaire(moi, id, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formulaire(moi, id, model);
	}

	/** The person looked like one the agence already follows, and it is them. */
	@PostMapping("/orientations/parcours/{id}/connue")
	String orienterConnue(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam("personne") Long personne, RedirectAttributes redirection) {
		orientation.orienterConnue(moi.perimetre(), moi.id(), id, personne);
		redirection.addFlashAttribute("orientee", true);
		return "redirect:/beneficiaires/" + personne;
	}

	/**
	 * The notice a person reads before consenting; public, to be shown or handed over.
	 */
	@GetMapping("/notice-information")
	String notice(Model model) {
		model.addAttribute("notice", notices.enVigueur());
		return "orientations/notice";
	}

	/** A former version, as the people who consented under it read it. */
	@GetMapping("/notice-information/{version}")
	String version(@PathVariable String version, Model model) {
		model.addAttribute("notice",
				notices.version(version).orElseThrow(() -> new IntrouvableException("notice", version)));
		return "orientations/notice";
	}

}
