package fr.tierslieux.inclusion.droits.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.droits.Conservation;
import fr.tierslieux.inclusion.droits.DonneesPersonnelles;
import fr.tierslieux.inclusion.droits.DroitsDesPersonnes;
import fr.tierslieux.inclusion.droits.FicheDeDroits;
import fr.tierslieux.inclusion.droits.MotifEffacement;

/**
 * "Données personnelles": the records soon anonymised for want of contact, and for each
 * person the page where their agence answers their requests: a copy of their data (a JSON
 * file and a printable page), a correction, an erasure or the withdrawal of their
 * consent.
 */
@Controller
class DroitsController {

	private static final String PAGE = "droits/personne";

	/** The reasons a counsellor may choose; the nightly job alone anonymises for age. */
	static final List<MotifEffacement> MOTIFS = List.of(MotifEffacement.EFFACEMENT,
			MotifEffacement.RETRAIT_CONSENTEMENT);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DroitsDesPersonnes droits;

	private final Conservation conservation;

	private final Clock clock;

	DroitsController(DroitsDesPersonnes droits, Conservation conservation, Clock clock) {
		this.droits = droits;
		this.conservation = conservation;
		this.clock = clock;
	}

	@GetMapping("/droits")
	String sansContact(@AuthenticationPrincipal Connecte moi,
			@RequestParam(name = "apres", required = false) Long apres,
			@RequestParam(name = "avant", required = false) Long avant, Model model) {
		model.addAttribute("page",
				conservation.bientotAnonymisees(moi.perimetre(), clock.instant(), Curseur.de(apres, avant)));
		return "droits/sans-contact";
	}

	/** The person is still followed: their record is kept two more years. */
	@PostMapping("/droits/personnes/{id}/contact")
	String noterUnContact(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			RedirectAttributes redirection) {
		conservation.noterUnContact(moi.perimetre(), id, clock.instant());
		redirection.addFlashAttribute("contactNote", true);
		return "redirect:/droits";
	}

	@GetMapping("/droits/personnes/{id}")
	String personne(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		afficher(moi, id, model);
		return PAGE;
	}

	/** Everything held on the person, as a file they can keep or take elsewhere. */
	@GetMapping("/droits/personnes/{id}/donnees.json")
	ResponseEntity<byte[]> fichier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id) {
		DonneesPersonnelles donnees = droits.donnees(moi.perimetre(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("donnees-personnelles-" + id + ".json").build().toString())
			.body(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(donnees));
	}

	/** The same, as a page to print and hand over. */
	@GetMapping("/droits/personnes/{id}/donnees")
	String imprimable(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		model.addAttribute("donnees", droits.donnees(moi.perimetre(), id));
		return "droits/donnees";
	}

	@PostMapping("/droits/personnes/{id}/rectification")
	String rectifier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("personne") RectificationFormData personne, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				droits.rectifier(moi.perimetre(), id, personne.getVersion(), personne.identite());
				redirection.addFlashAttribute("rectifiee", true);
				return "redirect:/droits/personnes/" + id;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
			catch (ConflitException conflit) {
				// the form shows the record as it now is; what was typed is lost
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflit", conflit);
				model.asMap().remove("personne");
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "personne");
				afficher(moi, id, model);
				return PAGE;
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		afficher(moi, id, model);
		return PAGE;
	}

	@PostMapping("/droits/personnes/{id}/effacement")
	String effacer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("effacement") EffacementFormData effacement, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasFieldErrors("motif") && !MOTIFS.contains(effacement.getMotif())) {
			erreurs.rejectValue("motif", "typeMismatch.effacement.motif");
		}
		if (erreurs.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			afficher(moi, id, model);
			return PAGE;
		}
		droits.effacer(moi.perimetre(), id, effacement.getMotif());
		redirection.addFlashAttribute("effacee", effacement.getMotif());
		return "redirect:/droits";
	}

	private void afficher(Connecte moi, Long id, Model model) {
		FicheDeDroits fiche = droits.fiche(moi.perimetre(), id);
		model.addAttribute("fiche", fiche);
		model.addAttribute("motifs", MOTIFS);
		if (!model.containsAttribute("personne")) {
			model.addAttribute("personne", RectificationFormData.depuis(fiche.version(), fiche.identite()));
		}
		if (!model.containsAttribute("effacement")) {
			model.addAttribute("effacement", new EffacementFormData());
		}
	}

}
