package fr.tierslieux.inclusion.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.administration.CatalogueDesMotifs;
import fr.tierslieux.inclusion.administration.GenreMotif;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The reasons offered when a referral is refused or abandoned: added, renamed, withdrawn
 * from the list or put back.
 */
@Controller
class MotifsController {

	private final CatalogueDesMotifs motifs;

	MotifsController(CatalogueDesMotifs motifs) {
		this.motifs = motifs;
	}

	@GetMapping("/administration/motifs")
	String motifs(@AuthenticationPrincipal Connecte moi, Model model) {
		model.addAttribute("nouveau", new NouveauMotif());
		return page(moi, model);
	}

	@PostMapping("/administration/motifs")
	String ajouter(@AuthenticationPrincipal Connecte moi, @Valid @ModelAttribute("nouveau") NouveauMotif nouveau,
			BindingResult erreurs, Model model, HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				motifs.ajouter(moi.perimetre(), nouveau.getGenre(), nouveau.getLibelle());
				redirection.addFlashAttribute("enregistre", nouveau.getLibelle());
				return "redirect:/administration/motifs";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(moi, model);
	}

	@PostMapping("/administration/motifs/{id}")
	String modifier(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@Valid @ModelAttribute("modifie") MotifModifie modifie, BindingResult erreurs, Model model,
			HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				motifs.modifier(moi.perimetre(), id, modifie.getVersion(), modifie.getLibelle(), modifie.isActif());
				redirection.addFlashAttribute("enregistre", modifie.getLibelle());
				return "redirect:/administration/motifs";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("enErreur", id);
		model.addAttribute("nouveau", new NouveauMotif());
		return page(moi, model);
	}

	private String page(Connecte moi, Model model) {
		model.addAttribute("motifs", motifs.tous(moi.perimetre()));
		model.addAttribute("genres", GenreMotif.values());
		return "administration/motifs";
	}

	public static class NouveauMotif {

		@NotNull
		private GenreMotif genre = GenreMotif.REFUS;

		@NotBlank
		@Size(max = CatalogueDesMotifs.LIBELLE_MAX)
		private String libelle;

		public GenreMotif getGenre() {
			return genre;
		}

		public void setGenre(GenreMotif genre) {
			this.genre = genre;
		}

		public String getLibelle() {
			return libelle;
		}

		public void setLibelle(String libelle) {
			this.libelle = libelle;
		}

	}

	public static class MotifModifie {

		@NotBlank
		@Size(max = CatalogueDesMotifs.LIBELLE_MAX)
		private String libelle;

		private boolean actif;

		private long version;

		public String getLibelle() {
			return libelle;
		}

		public void setLibelle(String libelle) {
			this.libelle = libelle;
		}

		public boolean isActif() {
			return actif;
		}

		public void setActif(boolean actif) {
			this.actif = actif;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
