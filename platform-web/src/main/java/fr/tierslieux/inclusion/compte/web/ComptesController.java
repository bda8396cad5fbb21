package fr.tierslieux.inclusion.compte.web;

import java.util.List;

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

import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.GestionDesComptes;
import fr.tierslieux.inclusion.compte.InvitationService;
import fr.tierslieux.inclusion.compte.PageDesComptes;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.compte.Structure;
import fr.tierslieux.inclusion.courrier.EnvoiImpossibleException;
import fr.tierslieux.inclusion.web.AdresseDuSite;

/**
 * The accounts and invitations of the coordination's régions (all of them for an admin):
 * invite a person, send the link again, cancel it; an admin disables an account or
 * changes its role.
 */
@Controller
class ComptesController {

	private final GestionDesComptes comptes;

	private final InvitationService invitations;

	private final PageDesComptes pageDesComptes;

	private final AdresseDuSite adresseDuSite;

	ComptesController(GestionDesComptes comptes, InvitationService invitations, PageDesComptes pageDesComptes,
			AdresseDuSite adresseDuSite) {
		this.comptes = comptes;
		this.invitations = invitations;
		this.pageDesComptes = pageDesComptes;
		this.adresseDuSite = adresseDuSite;
	}

	@GetMapping("/comptes")
	String liste(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "texte", required = false) String texte,
			@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "apres", required = false) Long apres,
			@RequestParam(name = "avant", required = false) Long avant, Model model) {
		PageDesComptes.Contenu contenu = pageDesComptes.lire(moi.perimetre(), texte, Curseur.de(apres, avant), region);
		if (!model.containsAttribute("invitation")) {
			model.addAttribute("invitation", new InvitationFormData());
		}
		model.addAttribute("texte", texte == null ? "" : texte.strip());
		model.addAttribute("page", contenu.comptes());
		model.addAttribute("invitations", contenu.invitations());
		model.addAttribute("regions", contenu.regions());
		model.addAttribute("regionChoisie", contenu.regionChoisie());
		model.addAttribute("structures", contenu.structures());
		model.addAttribute("roles", List.of(Role.COORDINATEUR, Role.PILOTE, Role.CONSEILLER, Role.FACILITATEUR));
		return "comptes/liste";
	}

	@PostMapping("/comptes/invitations")
	String inviter(@AuthenticationPrincipal Connecte moi,
			@RequestParam(name = "region", required = false) String region,
			@Valid @ModelAttribute("invitation") InvitationFormData invitation, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		Structure structure = Structure.lue(invitation.getStructure());
		if (!erreurs.hasFieldErrors("structure") && structure == null) {
			erreurs.rejectValue("structure", "invitation.structureInconnue");
		}
		else if (structure != null && invitation.getRole() != null && !structure.convientA(invitation.getRole())) {
			erreurs.rejectValue("structure", "invitation.structureDuRole." + invitation.getRole());
		}
		if (!erreurs.hasErrors()) {
			try {
				invitations.inviter(moi.perimetre(), invitation.invitation(), adresseDuSite.adresse());
				redirection.addFlashAttribute("invitee", invitation.getEmail().strip());
				return "redirect:/comptes" + (region == null ? "" : "?region=" + region);
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
			catch (EnvoiImpossibleException envoi) {
				erreurs.reject("invitation.envoiImpossible");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return liste(moi, null, region, null, null, model);
	}

	@PostMapping("/comptes/invitations/{id}/renvoyer")
	String renvoyer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, RedirectAttributes redirection) {
		try {
			invitations.renvoyer(moi.perimetre(), id, adresseDuSite.adresse());
			redirection.addFlashAttribute("renvoyee", true);
		}
		catch (EnvoiImpossibleException envoi) {
			redirection.addFlashAttribute("envoiImpossible", true);
		}
		return "redirect:/comptes";
	}

	@PostMapping("/comptes/invitations/{id}/annuler")
	String annuler(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, RedirectAttributes redirection) {
		invitations.annuler(moi.perimetre(), id);
		redirection.addFlashAttribute("annulee", true);
		return "redirect:/comptes";
	}

	@PostMapping("/comptes/gestion/{id}/actif")
	String changerActif(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam("version") long version, @RequestParam("actif") boolean actif,
			RedirectAttributes redirection) {
		comptes.changerActif(moi.perimetre(), id, version, actif);
		redirection.addFlashAttribute(actif ? "reactive" : "desactive", true);
		return "redirect:/comptes";
	}

	@PostMapping("/comptes/gestion/{id}/second-facteur")
	String reinitialiserLeSecondFacteur(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam("version") long version, RedirectAttributes redirection) {
		comptes.reinitialiserLeSecondFacteur(moi.perimetre(), id, version);
		redirection.addFlashAttribute("secondFacteurReinitialise", true);
		return "redirect:/comptes";
	}

	@GetMapping("/comptes/gestion/{id}/role")
	String role(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "region", required = false) String region, Model model) {
		var compte = comptes.compte(moi.perimetre(), id);
		model.addAttribute("compte", compte);
		if (!model.containsAttribute("changement")) {
			RoleFormData changement = new RoleFormData();
			changement.setVersion(compte.version());
			changement.setRole(compte.role());
			model.addAttribute("changement", changement);
		}
		model.addAttribute("regions", pageDesComptes.regionsGerees(moi.perimetre()));
		model.addAttribute("regionChoisie", region);
		model.addAttribute("structures", invitations.structures(moi.perimetre(), region));
		model.addAttribute("roles", Role.values());
		return "comptes/role";
	}

	@PostMapping("/comptes/gestion/{id}/role")
	String changerRole(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "region", required = false) String region,
			@Valid @ModelAttribute("changement") RoleFormData changement, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		Structure structure = Structure.lue(changement.getStructure());
		if (!erreurs.hasErrors()) {
			try {
				comptes.changerRole(moi.perimetre(), id, changement.getVersion(), changement.getRole(), structure);
				redirection.addFlashAttribute("roleChange", true);
				return "redirect:/comptes";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return role(moi, id, region, model);
	}

}
