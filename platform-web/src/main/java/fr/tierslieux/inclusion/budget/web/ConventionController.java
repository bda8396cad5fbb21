package fr.tierslieux.inclusion.budget.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.budget.Conventions;
import fr.tierslieux.inclusion.budget.Conventions.Piece;
import fr.tierslieux.inclusion.budget.Engagements;
import fr.tierslieux.inclusion.budget.FicheConvention;
import fr.tierslieux.inclusion.budget.LienConvention;
import fr.tierslieux.inclusion.budget.ObjetConvention;
import fr.tierslieux.inclusion.budget.TypeConvention;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The conventions of the reader's régions: the list with those nearing their end first,
 * the form that records one (or renews one), and a convention's page with its documents,
 * commitments and payments.
 */
@Controller
class ConventionController {

	private final Conventions conventions;

	private final Engagements engagements;

	ConventionController(Conventions conventions, Engagements engagements) {
		this.conventions = conventions;
		this.engagements = engagements;
	}

	/**
	 * Only the four lines of co-funders the form shows are bound: no list grows from a
	 * request.
	 */
	@InitBinder("convention")
	void champsDeLaConvention(WebDataBinder binder) {
		binder.setAllowedFields("tiersLieuId", "numero", "signataire", "type", "objet", "objetPrecision", "debut",
				"fin", "montant", "coutAction", "referenceMarche", "lot", "precedenteId", "lien", "cofinanceurs[0].*",
				"cofinanceurs[1].*", "cofinanceurs[2].*", "cofinanceurs[3].*");
	}

	@GetMapping("/conventions")
	String liste(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "apres", required = false) Long apres,
			@RequestParam(name = "avant", required = false) Long avant, Model model) {
		model.addAttribute("aEcheance", conventions.aEcheance(moi.perimetre()));
		model.addAttribute("jours", conventions.joursAvantEcheance());
		model.addAttribute("tranche", conventions.conventions(moi.perimetre(), Curseur.de(apres, avant)));
		model.addAttribute("peutEnregistrer", Conventions.enregistre(moi.perimetre()));
		return "conventions/liste";
	}

	@GetMapping("/conventions/nouvelle")
	String nouvelle(@AuthenticationPrincipal Connecte moi,
			@RequestParam(name = "precedente", required = false) Long precedente, Model model) {
		verifierQuIlEnregistre(moi);
		if (!model.containsAttribute("convention")) {
			ConventionFormData convention = new ConventionFormData();
			if (precedente != null) {
				FicheConvention.Entete suivie = conventions.fiche(moi.perimetre(), precedente).entete();
				convention.setPrecedenteId(suivie.id());
				convention.setTiersLieuId(suivie.tiersLieuId());
				convention.setSignataire(suivie.signataire());
				convention.setObjet(suivie.objet());
				convention.setObjetPrecision(suivie.objetPrecision());
				convention.setType(suivie.type());
				convention.setDebut(suivie.fin().plusDays(1));
				convention.setLien(LienConvention.RENOUVELLEMENT);
				model.addAttribute("precedente", suivie);
			}
			model.addAttribute("convention", convention);
		}
		model.addAttribute("tiersLieux", conventions.tiersLieux(moi.perimetre()));
		model.addAttribute("types", TypeConvention.values());
		model.addAttribute("objets", ObjetConvention.values());
		model.addAttribute("liens", LienConvention.values());
		return "conventions/nouvelle";
	}

	@PostMapping("/conventions")
	String enregistrer(@AuthenticationPrincipal Connecte moi,
			@Valid @ModelAttribute("convention") ConventionFormData convention, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		verifierQuIlEnregistre(moi);
		if (convention.cofinanceursIncomplets()) {
			erreurs.rejectValue("cofinanceurs", "convention.cofinanceurIncomplet");
		}
		if (!erreurs.hasErrors()) {
			try {
				long id = conventions.enregistrer(moi.perimetre(), convention.convention());
				redirection.addFlashAttribute("enregistree", true);
				return "redirect:/conventions/" + id;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		if (convention.getPrecedenteId() != null) {
			model.addAttribute("precedente", conventions.fiche(moi.perimetre(), convention.getPrecedenteId()).entete());
		}
		return nouvelle(moi, null, model);
	}

	private static void verifierQuIlEnregistre(Connecte moi) {
		if (!Conventions.enregistre(moi.perimetre())) {
			throw new AccesRefuseException(moi.identifiant() + " ne coordonne aucune région");
		}
	}

	@GetMapping("/conventions/{id}")
	String convention(@AuthenticationPrincipal Connecte moi, @PathVariable long id, Model model) {
		FicheConvention fiche = conventions.fiche(moi.perimetre(), id);
		model.addAttribute("fiche", fiche);
		model.addAttribute("engagements", engagements.engagements(moi.perimetre(), id));
		boolean coordonne = moi.perimetre().coordonne(fiche.entete().region());
		model.addAttribute("coordonne", coordonne);
		if (coordonne) {
			model.addAttribute("engageables", engagements.engageables(moi.perimetre(), id));
			if (!model.containsAttribute("engagement")) {
				model.addAttribute("engagement", new EngagementFormData());
			}
			if (!model.containsAttribute("paiement")) {
				model.addAttribute("paiement", new PaiementFormData());
			}
		}
		return "conventions/convention";
	}

	@PostMapping("/conventions/{id}/documents")
	String deposer(@AuthenticationPrincipal Connecte moi, @PathVariable long id,
			@RequestParam(name = "fichier", required = false) MultipartFile fichier, Model model,
			HttpServletResponse response, RedirectAttributes redirection) throws IOException {
		conventions.coordonnee(moi.perimetre(), id);
		try {
			if (fichier == null || fichier.isEmpty()) {
				throw new SaisieRefuseeException("fichier", "convention.documentPdf");
			}
			String nom = fichier.getOriginalFilename() == null ? "document.pdf"
					: Saisie.nettoyer(fichier.getOriginalFilename(), 200);
			conventions.deposer(moi.perimetre(), id, nom.isEmpty() ? "document.pdf" : nom, fichier.getBytes());
			redirection.addFlashAttribute("documentDepose", true);
			return "redirect:/conventions/" + id;
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("documentRefuse", refus.codeMessage());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return convention(moi, id, model);
		}
	}

	@GetMapping("/conventions/{id}/documents/{document}")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal Connecte moi, @PathVariable long id,
			@PathVariable long document) {
		Piece piece = conventions.document(moi.perimetre(), id, document);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(piece.nomFichier(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(piece.contenu());
	}

	@PostMapping("/conventions/{id}/engagements")
	String engager(@AuthenticationPrincipal Connecte moi, @PathVariable long id,
			@Valid @ModelAttribute("engagement") EngagementFormData engagement, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		conventions.coordonnee(moi.perimetre(), id);
		if (!erreurs.hasErrors()) {
			try {
				engagements.engager(moi.perimetre(), id, engagement.engagement());
				redirection.addFlashAttribute("engagementEnregistre", true);
				return "redirect:/conventions/" + id;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return convention(moi, id, model);
	}

	@PostMapping("/conventions/{id}/paiements")
	String payer(@AuthenticationPrincipal Connecte moi, @PathVariable long id,
			@Valid @ModelAttribute("paiement") PaiementFormData paiement, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		conventions.coordonnee(moi.perimetre(), id);
		if (!erreurs.hasErrors()) {
			try {
				engagements.payer(moi.perimetre(), id, paiement.paiement());
				redirection.addFlashAttribute("paiementEnregistre", true);
				return "redirect:/conventions/" + id;
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return convention(moi, id, model);
	}

}
