package fr.tierslieux.inclusion.administration.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.administration.JournalDesChangements;
import fr.tierslieux.inclusion.administration.Parametre;
import fr.tierslieux.inclusion.administration.Parametres;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The administration's home: what the admins keep (accounts, vagues, tariff tables,
 * reasons, notice, settings, badge keys), the journal of every change, and the settings.
 */
@Controller
class AdministrationController {

	private final JournalDesChangements journal;

	private final Parametres parametres;

	AdministrationController(JournalDesChangements journal, Parametres parametres) {
		this.journal = journal;
		this.parametres = parametres;
	}

	@GetMapping("/administration")
	String accueil(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "objet", required = false) String objet,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		ObjetAdministre filtre = objetLu(objet);
		model.addAttribute("objets", ObjetAdministre.values());
		model.addAttribute("objet", filtre);
		model.addAttribute("journal", journal.page(moi.perimetre(), filtre, page));
		return "administration/accueil";
	}

	@GetMapping("/administration/parametres")
	String parametres(Model model) {
		ParametresFormData formulaire = new ParametresFormData();
		parametres.tous().forEach((p, v) -> {
			formulaire.getValeurs().put(p, String.valueOf(v.valeur()));
			formulaire.getVersions().put(p, v.version());
		});
		model.addAttribute("reglages", formulaire);
		return page(model);
	}

	/** Saves the settings whose value changed; each is checked against its bounds. */
	@PostMapping("/administration/parametres")
	String regler(@AuthenticationPrincipal Connecte moi, @ModelAttribute("reglages") ParametresFormData reglages,
			BindingResult erreurs, Model model, HttpServletResponse response, RedirectAttributes redirection) {
		Map<Parametre, Parametres.Valeur> actuels = parametres.tous();
		int changes = 0;
		for (Parametre parametre : Parametre.values()) {
			String champ = "valeurs[" + parametre + "]";
			String saisie = reglages.getValeurs().get(parametre);
			Long valeur = ParametresFormData.entier(saisie);
			if (valeur == null) {
				erreurs.rejectValue(champ, "parametre.entierAttendu");
				continue;
			}
			if (valeur == actuels.get(parametre).valeur()) {
				continue;
			}
			try {
				parametres.modifier(moi.perimetre(), parametre, reglages.getVersions().getOrDefault(parametre, 0L),
						valeur);
				changes++;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(champ, refus.codeMessage(), refus.arguments(), null);
			}
		}
		if (erreurs.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		redirection.addFlashAttribute("enregistres", changes);
		return "redirect:/administration/parametres";
	}

	private String page(Model model) {
		model.addAttribute("parametres", Parametre.values());
		return "administration/parametres";
	}

	private static ObjetAdministre objetLu(String objet) {
		try {
			return objet == null || objet.isBlank() ? null : ObjetAdministre.valueOf(objet);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
