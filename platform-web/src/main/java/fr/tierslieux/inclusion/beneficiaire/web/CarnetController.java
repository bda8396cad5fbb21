package fr.tierslieux.inclusion.beneficiaire.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.commun.CodeCourt;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.web.TemoinDuCarnet;

/**
 * The person's own page of their carnet de bord, opened by their personal link without an
 * account: three questions in plain French, large fields, nothing else.
 */
@Controller
class CarnetController {

	private final CarnetDeBord carnet;

	CarnetController(CarnetDeBord carnet) {
		this.carnet = carnet;
	}

	/** Opened by the link, or by the personal code typed on {@code /carnet}. */
	@GetMapping("/carnet/{jeton}")
	String page(@PathVariable String jeton, Model model, HttpServletRequest request, HttpServletResponse response) {
		String prenom = carnet.prenomDuLien(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
		TemoinDuCarnet.retenir(jeton, request, response);
		return afficher(prenom, jeton, model);
	}

	private String afficher(String prenom, String jeton, Model model) {
		model.addAttribute("prenom", prenom);
		model.addAttribute("jeton", jeton);
		return "carnet/personne";
	}

	/** Where a person without their link types the personal code given with it. */
	@GetMapping("/carnet")
	String code(@RequestParam(name = "code", required = false) String code, Model model, HttpServletResponse response) {
		if (code == null) {
			return "carnet/code";
		}
		String propre = CodeCourt.normaliser(code);
		if (carnet.prenomDuLien(propre).isEmpty()) {
			model.addAttribute("inconnu", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "carnet/code";
		}
		return "redirect:/carnet/" + propre;
	}

	@PostMapping("/carnet/{jeton}")
	String ecrire(@PathVariable String jeton, @RequestParam(name = "acquis", required = false) String acquis,
			@RequestParam(name = "blocages", required = false) String blocages,
			@RequestParam(name = "souhaits", required = false) String souhaits, Model model,
			HttpServletResponse response) {
		try {
			carnet.ecrireParLaPersonne(jeton, new CarnetDeBord.Texte(acquis, blocages, souhaits));
			model.addAttribute("merci", true);
		}
		catch (SaisieRefuseeException vide) {
			model.addAttribute("vide", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return afficher(carnet.prenomDuLien(jeton).orElseThrow(() -> new IntrouvableException("carnet", null)), jeton,
				model);
	}

}
