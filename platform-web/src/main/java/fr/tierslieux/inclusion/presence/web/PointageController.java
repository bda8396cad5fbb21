package fr.tierslieux.inclusion.presence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.presence.PointageParQrCode.Ecran;
import fr.tierslieux.inclusion.presence.PointageParQrCode;
import fr.tierslieux.inclusion.web.AdresseDuSite;
import fr.tierslieux.inclusion.web.QrCode;
import fr.tierslieux.inclusion.web.TemoinDuCarnet;

/**
 * Self check-in: the facilitator's screen showing the rotating QR code, and the page the
 * person's phone opens by scanning it. A phone that once opened the person's carnet link
 * remembers it (a cookie limited to these pages), so checking in is a single tap.
 */
@Controller
class PointageController {

	private final PointageParQrCode pointage;

	private final CarnetDeBord carnets;

	private final AdresseDuSite adresseDuSite;

	PointageController(PointageParQrCode pointage, CarnetDeBord carnets, AdresseDuSite adresseDuSite) {
		this.pointage = pointage;
		this.carnets = carnets;
		this.adresseDuSite = adresseDuSite;
	}

	@GetMapping("/seances/{id}/pointage")
	String ecran(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		montrer(pointage.ecran(moi.perimetre(), id), model);
		return "seances/pointage";
	}

	/** The code of the moment, fetched again by the screen every few seconds. */
	@GetMapping("/seances/{id}/pointage/qr")
	String qr(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		montrer(pointage.ecran(moi.perimetre(), id), model);
		return "seances/pointage :: qr";
	}

	private void montrer(Ecran ecran, Model model) {
		model.addAttribute("ecran", ecran);
		model.addAttribute("s", ecran.seance().seance());
		model.addAttribute("image", QrCode.pngEnLigne(adresseDuSite.adresse() + "/pointage/" + ecran.code(), 480));
	}

	@GetMapping("/pointage/{code}")
	String page(@PathVariable String code, @CookieValue(name = TemoinDuCarnet.NOM, required = false) String jeton,
			Model model) {
		model.addAttribute("seance",
				pointage.seanceDuCode(code).orElseThrow(() -> new IntrouvableException("pointage", null)));
		model.addAttribute("code", code);
		carnets.prenomDuLien(jeton).ifPresent(prenom -> model.addAttribute("prenom", prenom));
		return "pointage/personne";
	}

	@PostMapping("/pointage/{code}")
	String pointer(@PathVariable String code, @CookieValue(name = TemoinDuCarnet.NOM, required = false) String jeton,
			@RequestParam(name = "codePersonnel", required = false) String codePersonnel, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		boolean saisi = codePersonnel != null && !codePersonnel.isBlank();
		try {
			model.addAttribute("pointage", pointage.pointer(code, saisi ? codePersonnel : jeton));
			model.addAttribute("seance", pointage.seanceDuCode(code).orElse(null));
			if (saisi) {
				TemoinDuCarnet.retenir(codePersonnel, request, response);
			}
			return "pointage/personne";
		}
		catch (SaisieRefuseeException refus) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refus", refus);
			if ("code".equals(refus.champ())) {
				return "pointage/personne";
			}
			model.addAttribute("saisi", codePersonnel);
			return page(code, saisi ? null : jeton, model);
		}
	}

}
