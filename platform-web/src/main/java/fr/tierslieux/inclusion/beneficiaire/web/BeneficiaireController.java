package fr.tierslieux.inclusion.beneficiaire.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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

import fr.tierslieux.inclusion.administration.CatalogueDesMotifs;
import fr.tierslieux.inclusion.administration.GenreMotif;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireFiche;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireLigne;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.GenreRessource;
import fr.tierslieux.inclusion.beneficiaire.OrientationLigne;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.beneficiaire.RessourcesRemises;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.presence.PresenceService;
import fr.tierslieux.inclusion.web.AdresseDuSite;

/**
 * The bénéficiaires a person may see (a conseiller's home), a person's page, and the
 * change of a referral's status. People's names never go into a URL: the search term is
 * posted and kept in the session.
 */
@Controller
class BeneficiaireController {

	static final String RECHERCHE = "beneficiaires.recherche";

	private static final String LISTE = "beneficiaires/liste";

	private static final String FICHE = "beneficiaires/fiche";

	private final BeneficiaireService beneficiaires;

	private final CatalogueDesMotifs motifs;

	private final OrientationService orientations;

	private final PresenceService presences;

	private final RessourcesRemises ressources;

	private final CarnetDeBord carnet;

	private final AdresseDuSite adresseDuSite;

	private final Clock clock;

	BeneficiaireController(BeneficiaireService beneficiaires, OrientationService orientations,
			PresenceService presences, RessourcesRemises ressources, CarnetDeBord carnet, AdresseDuSite adresseDuSite,
			Clock clock, CatalogueDesMotifs motifs) {
		this.motifs = motifs;
		this.carnet = carnet;
		this.adresseDuSite = adresseDuSite;
		this.beneficiaires = beneficiaires;
		this.orientations = orientations;
		this.presences = presences;
		this.ressources = ressources;
		this.clock = clock;
	}

	@GetMapping("/beneficiaires")
	String liste(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "apres", required = false) Long apres,
			@RequestParam(name = "avant", required = false) Long avant, HttpSession session, Model model) {
		String recherche = (String) session.getAttribute(RECHERCHE);
		Tranche<BeneficiaireLigne> lignes = beneficiaires.beneficiaires(moi.perimetre(), recherche,
				Curseur.de(apres, avant));
		model.addAttribute("q", recherche == null ? "" : recherche);
		model.addAttribute("page", lignes);
		model.addAttribute("presences",
				presences.presencesParBeneficiaire(moi.perimetre(), lignes.map(BeneficiaireLigne::id)));
		return LISTE;
	}

	/**
	 * Post/Redirect/Get: the term stays in the session, out of the address bar and logs.
	 */
	@PostMapping("/beneficiaires/recherche")
	String rechercher(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "effacer", required = false) String effacer, HttpSession session) {
		String terme = Saisie.nettoyer(q, BeneficiaireService.RECHERCHE_MAX);
		if (effacer != null || terme.isEmpty()) {
			session.removeAttribute(RECHERCHE);
		}
		else {
			session.setAttribute(RECHERCHE, terme);
		}
		return "redirect:/beneficiaires";
	}

	/**
	 * A refusal or an abandon says why: the counsellor and the cockpit need the reason.
	 */
	private static final Set<OrientationStatut> MOTIVES = EnumSet.of(OrientationStatut.REFUSEE,
			OrientationStatut.ABANDON);

	/** The usual reasons, offered as the motive is typed (it may say more). */

	@GetMapping("/beneficiaires/{id}")
	String fiche(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		afficherFiche(moi, id, model);
		return FICHE;
	}

	@PostMapping("/beneficiaires/{id}/orientations/{orientation}/statut")
	String changerStatut(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, @PathVariable Long orientation,
			@Valid @ModelAttribute("changement") ChangementStatutFormData changement, BindingResult erreurs,
			Model model, HttpServletResponse response) {
		model.addAttribute("orientationEnSaisie", orientation); // the form that shows the
																// errors
		if (!erreurs.hasFieldErrors("motif") && MOTIVES.contains(changement.getStatut())
				&& (changement.getMotif() == null || changement.getMotif().isBlank())) {
			erreurs.rejectValue("motif", "fiche.changement.motifObligatoire." + changement.getStatut());
		}
		if (erreurs.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			afficherFiche(moi, id, model);
			return FICHE;
		}
		try {
			orientations.changerStatut(moi.perimetre(), orientation, changement.getVersion(), changement.getStatut(),
					changement.getMotif());
		}
		catch (ConflitException conflit) {
			// the page shows the referral as it now is, and what the user chose, kept
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflit", conflit);
			afficherFiche(moi, id, model);
			return FICHE;
		}
		return "redirect:/beneficiaires/" + id;
	}

	/** An entry of the person's carnet de bord, after a session. */
	@PostMapping("/beneficiaires/{id}/carnet")
	String ecrireAuCarnet(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam(name = "atelier", required = false) Long atelier,
			@RequestParam(name = "acquis", required = false) String acquis,
			@RequestParam(name = "blocages", required = false) String blocages,
			@RequestParam(name = "souhaits", required = false) String souhaits, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		try {
			carnet.ecrire(moi.perimetre(), id, atelier, new CarnetDeBord.Texte(acquis, blocages, souhaits));
		}
		catch (SaisieRefuseeException refus) {
			model.addAttribute("carnetErreur", refus.codeMessage());
			model.addAttribute("carnetSaisi", new CarnetDeBord.Texte(acquis, blocages, souhaits));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			afficherFiche(moi, id, model);
			return FICHE;
		}
		redirection.addFlashAttribute("carnetEcrit", true);
		return "redirect:/beneficiaires/" + id + "#carnet";
	}

	/** A new personal link to the carnet, shown once to be handed to the person. */
	@PostMapping("/beneficiaires/{id}/carnet/lien")
	String lienDuCarnet(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, RedirectAttributes redirection) {
		CarnetDeBord.LienPersonnel lien = carnet.nouveauLien(moi.perimetre(), id);
		redirection.addFlashAttribute("lienCarnet", adresseDuSite.adresse() + "/carnet/" + lien.jeton());
		redirection.addFlashAttribute("lienCarnetExpire", lien.expireLe());
		redirection.addFlashAttribute("codeCarnet", lien.code());
		redirection.addFlashAttribute("adresseDuSite", adresseDuSite.adresse());
		return "redirect:/beneficiaires/" + id + "#carnet";
	}

	/** An APTIC cheque or another resource handed to the person. */
	@PostMapping("/beneficiaires/{id}/ressources")
	String remettre(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("ressource") RessourceFormData ressource, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				ressources.remettre(moi.perimetre(), id, ressource.ressource());
				redirection.addFlashAttribute("ressourceRemise", true);
				return "redirect:/beneficiaires/" + id + "#ressources";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		afficherFiche(moi, id, model);
		return FICHE;
	}

	private void afficherFiche(Connecte moi, Long id, Model model) {
		BeneficiaireFiche fiche = beneficiaires.fiche(moi.perimetre(), id);
		model.addAttribute("fiche", fiche);
		// the reasons the admins keep, offered as the field is typed (any other text is
		// accepted)
		model.addAttribute("motifsCatalogue",
				Stream.concat(motifs.proposes(GenreMotif.REFUS).stream(), motifs.proposes(GenreMotif.ABANDON).stream())
					.distinct()
					.toList());
		model.addAttribute("ressources", ressources.ressources(fiche.id()));
		CarnetDeBord.Carnet lu = carnet.carnet(fiche);
		model.addAttribute("carnet", lu.entrees());
		model.addAttribute("seancesSuivies", lu.seances());
		model.addAttribute("genresRessource", GenreRessource.values());
		if (!model.containsAttribute("ressource")) {
			model.addAttribute("ressource",
					RessourceFormData.duJour(LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")))));
		}
		model.addAttribute("assiduite",
				presences.assiduite(id, fiche.orientations().stream().map(OrientationLigne::parcoursId).toList()));
	}

}
