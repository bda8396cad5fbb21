package fr.tierslieux.inclusion.beneficiaire.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fr.tierslieux.inclusion.administration.NoticesDInformation;
import fr.tierslieux.inclusion.beneficiaire.BonsDOrientation;
import fr.tierslieux.inclusion.beneficiaire.BonsDOrientation.Bon;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.web.AdresseDuSite;

/**
 * Vouchers: the counsellor makes one and prints it; the facilitator types its code (or
 * scans its QR code) and registers the person who brought it.
 */
@Controller
class BonsController {

	private final BonsDOrientation bons;

	private final BonPdf pdf;

	private final AdresseDuSite adresseDuSite;

	private final Clock clock;

	private final NoticesDInformation notices;

	BonsController(BonsDOrientation bons, BonPdf pdf, AdresseDuSite adresseDuSite, Clock clock,
			NoticesDInformation notices) {
		this.notices = notices;
		this.bons = bons;
		this.pdf = pdf;
		this.adresseDuSite = adresseDuSite;
		this.clock = clock;
	}

	@PostMapping("/orientations/parcours/{id}/bons")
	String creer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id) {
		return "redirect:/orientations/bons/" + bons.creer(moi.perimetre(), moi.id(), id).id();
	}

	@GetMapping("/orientations/bons/{id}")
	String bon(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("bon", bons.bon(moi.perimetre(), id));
		return "orientations/bon";
	}

	@GetMapping("/orientations/bons/{id}.pdf")
	void pdf(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, HttpServletResponse response)
			throws IOException {
		Bon bon = bons.bon(moi.perimetre(), id);
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bon-" + bon.codeLisible() + ".pdf\"");
		pdf.ecrire(bon,
				UriComponentsBuilder.fromUriString(adresseDuSite.adresse())
					.path("/bons/accueil")
					.queryParam("code", bon.code())
					.build()
					.toUriString(),
				response.getOutputStream());
	}

	/** The facilitator types the code of the voucher the person brought. */
	@GetMapping("/bons")
	String saisie() {
		return "bons/saisie";
	}

	@GetMapping("/bons/accueil")
	String accueil(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "code", required = false) String code,
			Model model, HttpServletResponse response) {
		try {
			model.addAttribute("bon", bons.aAccueillir(moi.perimetre(), code));
		}
		catch (SaisieRefuseeException inconnu) {
			model.addAttribute("code", code);
			model.addAttribute("codeInconnu", true);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "bons/saisie";
		}
		OrientationFormData.preparer(model, clock, notices);
		return "bons/accueil";
	}

	@PostMapping("/bons/accueil")
	String accueillir(@AuthenticationPrincipal Connecte moi, @RequestParam("code") String code,
			@Valid @ModelAttribute("personne") OrientationFormData personne, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				Long beneficiaire = bons.accueillir(moi.perimetre(), code, personne.personne());
				redirection.addFlashAttribute("accueillie", true);
				return "redirect:/beneficiaires/" + beneficiaire;
			}
			catch (SaisieRefuseeException refus) {
				if ("code".equals(refus.champ())) {
					return accueil(moi, code, model, response);
				}
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
			catch (ConflitException conflit) {
				model.addAttribute("conflit", conflit);
				String page = accueil(moi, code, model, response);
				response.setStatus(HttpStatus.CONFLICT.value());
				return page;
			}
		}
		String page = accueil(moi, code, model, response);
		if (response.getStatus() == HttpStatus.OK.value()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return page;
	}

}
