package fr.tierslieux.inclusion.repertoire.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.repertoire.ExportMediationNumerique;
import fr.tierslieux.inclusion.repertoire.FicheTiersLieu;
import fr.tierslieux.inclusion.repertoire.FiltreAnnuaire;
import fr.tierslieux.inclusion.repertoire.Genre;
import fr.tierslieux.inclusion.repertoire.RepertoireService;

/**
 * The directory: tiers-lieux and agences by name or by distance from a commune, filtered
 * in the URL (they are organisations, not people); a tiers-lieu's page and its profile
 * form; the export in the médiation numérique standard.
 */
@Controller
class AnnuaireController {

	private static final String FICHE = "annuaire/tiers-lieu";

	private final RepertoireService repertoire;

	private final ExportMediationNumerique export;

	AnnuaireController(RepertoireService repertoire, ExportMediationNumerique export) {
		this.repertoire = repertoire;
		this.export = export;
	}

	@GetMapping("/annuaire")
	String liste(@RequestParam(name = "genre", required = false) String genre,
			@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "departement", required = false) String departement,
			@RequestParam(name = "typologie", required = false) String typologie,
			@RequestParam(name = "texte", required = false) String texte,
			@RequestParam(name = "procheDe", required = false) String procheDe,
			@RequestParam(name = "apres", required = false) Long apres,
			@RequestParam(name = "avant", required = false) Long avant, Model model) {
		Genre choisi = Genre.AGENCES.name().equals(genre) ? Genre.AGENCES : Genre.TIERS_LIEUX;
		FiltreAnnuaire filtre = new FiltreAnnuaire(region, departement, typologie(choisi, typologie), texte);
		model.addAttribute("genre", choisi);
		model.addAttribute("filtre", filtre);
		model.addAttribute("procheDe", procheDe == null ? "" : procheDe.strip());
		model.addAttribute("regions", repertoire.regions());
		model.addAttribute("departements", repertoire.departements(filtre.region(), filtre.departement()));
		model.addAttribute("typologies", TiersLieuTypologie.values());
		if (procheDe != null && !procheDe.isBlank()) {
			model.addAttribute("proches", repertoire.proches(choisi, filtre, procheDe));
		}
		else {
			model.addAttribute("page", repertoire.lister(choisi, filtre, Curseur.de(apres, avant)));
		}
		return "annuaire/liste";
	}

	@GetMapping("/annuaire/tiers-lieux/{id}")
	String fiche(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		FicheTiersLieu fiche = repertoire.fiche(moi.perimetre(), id);
		model.addAttribute("fiche", fiche);
		if (fiche.modifiable() && !model.containsAttribute("profil")) {
			model.addAttribute("profil", ProfilFormData.de(fiche));
		}
		model.addAttribute("roles", TiersLieuRole.values());
		model.addAttribute("reseaux", repertoire.reseaux(id));
		model.addAttribute("typologies", TiersLieuTypologie.values());
		return FICHE;
	}

	@PostMapping("/annuaire/tiers-lieux/{id}/profil")
	String modifierProfil(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("profil") ProfilFormData profil, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (profil.getReseauId() != null && repertoire.reseaux(id)
			.stream()
			.noneMatch(r -> r.code().equals(String.valueOf(profil.getReseauId())))) {
			erreurs.rejectValue("reseauId", "profil.reseauInconnu");
		}
		if (erreurs.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return fiche(moi, id, model);
		}
		try {
			repertoire.modifierProfil(moi.perimetre(), id, profil.getVersion(), profil.profil());
		}
		catch (ConflitException conflit) {
			// the page shows the profile as it now is, the user's input kept in the form
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflit", conflit);
			String html = fiche(moi, id, model);
			profil.setVersion(((FicheTiersLieu) model.getAttribute("fiche")).version());
			return html;
		}
		redirection.addFlashAttribute("enregistre", true);
		return "redirect:/annuaire/tiers-lieux/" + id;
	}

	/** The tiers-lieux of the filter, in the national standard's CSV (UTF-8, comma). */
	@GetMapping("/annuaire/tiers-lieux.csv")
	void exporter(@RequestParam(name = "region", required = false) String region,
			@RequestParam(name = "departement", required = false) String departement,
			@RequestParam(name = "typologie", required = false) String typologie,
			@RequestParam(name = "texte", required = false) String texte, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lieux-mediation-numerique.csv\"");
		Writer sortie = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		export.exporter(new FiltreAnnuaire(region, departement, typologie(Genre.TIERS_LIEUX, typologie), texte),
				sortie);
		sortie.flush();
	}

	private static TiersLieuTypologie typologie(Genre genre, String typologie) {
		return genre != Genre.TIERS_LIEUX ? null
				: Arrays.stream(TiersLieuTypologie.values())
					.filter(t -> t.name().equals(typologie))
					.findFirst()
					.orElse(null);
	}

}
