package fr.tierslieux.inclusion.compte.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.InvitationService;
import fr.tierslieux.inclusion.compte.InvitationService.EtatInvitation;
import fr.tierslieux.inclusion.compte.InvitationService.InvitationLigne;

/**
 * The page an invitation's link opens, without being signed in: the person chooses a
 * password (or confirms their account's) and joins the structure, then logs in.
 */
@Controller
class InvitationController {

	private static final String PAGE = "comptes/invitation";

	private final InvitationService invitations;

	InvitationController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitation/{jeton}")
	String invitation(@PathVariable String jeton, Model model, HttpServletResponse response) {
		InvitationLigne invitation = invitations.parJeton(jeton).orElse(null);
		model.addAttribute("invitation", invitation);
		model.addAttribute("jeton", jeton);
		if (invitation == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		else if (invitation.etat() != EtatInvitation.EN_ATTENTE) {
			response.setStatus(HttpStatus.GONE.value());
		}
		if (!model.containsAttribute("acceptation")) {
			model.addAttribute("acceptation", new AcceptationFormData());
		}
		return PAGE;
	}

	@PostMapping("/invitation/{jeton}")
	String accepter(@PathVariable String jeton, @Valid @ModelAttribute("acceptation") AcceptationFormData acceptation,
			BindingResult erreurs, Model model, HttpServletResponse response) {
		InvitationLigne invitation = invitations.parJeton(jeton).orElse(null);
		if (invitation == null || invitation.etat() != EtatInvitation.EN_ATTENTE) {
			return invitation(jeton, model, response);
		}
		// the password's rules are the service's (PolitiqueDesMotsDePasse)
		if (!invitation.compteExistant() && !erreurs.hasFieldErrors("motDePasse")
				&& !acceptation.getMotDePasse().equals(acceptation.getConfirmation())) {
			erreurs.rejectValue("confirmation", "invitation.confirmationDifferente");
		}
		if (!erreurs.hasErrors()) {
			try {
				invitations.accepter(jeton, acceptation.getMotDePasse());
				model.addAttribute("acceptee", invitation);
				return PAGE;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
			catch (ConflitException conflit) {
				// used from another tab meanwhile: the page now says so
				return invitation(jeton, model, response);
			}
		}
		acceptation.setMotDePasse(null);
		acceptation.setConfirmation(null);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return invitation(jeton, model, response);
	}

}
