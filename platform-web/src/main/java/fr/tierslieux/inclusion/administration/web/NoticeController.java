package fr.tierslieux.inclusion.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.tierslieux.inclusion.administration.NoticesDInformation;
import fr.tierslieux.inclusion.administration.NoticesDInformation.Notice;
import fr.tierslieux.inclusion.administration.NoticesDInformation.NouvelleNotice;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * The information notice's versions, and a new one put in force (its form starts from the
 * text in force).
 */
@Controller
class NoticeController {

	private final NoticesDInformation notices;

	NoticeController(NoticesDInformation notices) {
		this.notices = notices;
	}

	@GetMapping("/administration/notice")
	String notice(Model model) {
		Notice enVigueur = notices.enVigueur();
		NoticeFormData formulaire = new NoticeFormData();
		formulaire.quoi = enVigueur.quoi();
		formulaire.pourquoi = enVigueur.pourquoi();
		formulaire.qui = enVigueur.qui();
		formulaire.combien = enVigueur.combien();
		formulaire.droits = enVigueur.droits();
		model.addAttribute("notice", formulaire);
		return page(model);
	}

	@PostMapping("/administration/notice")
	String publier(@AuthenticationPrincipal Connecte moi, @Valid @ModelAttribute("notice") NoticeFormData notice,
			BindingResult erreurs, Model model, HttpServletResponse response, RedirectAttributes redirection) {
		if (!erreurs.hasErrors()) {
			try {
				notices.publier(moi.perimetre(), new NouvelleNotice(notice.version, notice.quoi, notice.pourquoi,
						notice.qui, notice.combien, notice.droits));
				redirection.addFlashAttribute("publiee", notice.version.strip());
				return "redirect:/administration/notice";
			}
			catch (SaisieRefuseeException refus) {
				erreurs.rejectValue(refus.champ(), refus.codeMessage());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("versions", notices.toutes());
		return "administration/notice";
	}

	public static class NoticeFormData {

		@NotBlank
		@Pattern(regexp = "\\s*[0-9A-Za-z.-]{1,20}\\s*")
		private String version;

		@NotBlank
		@Size(max = NoticesDInformation.SECTION_MAX)
		private String quoi;

		@NotBlank
		@Size(max = NoticesDInformation.SECTION_MAX)
		private String pourquoi;

		@NotBlank
		@Size(max = NoticesDInformation.SECTION_MAX)
		private String qui;

		@NotBlank
		@Size(max = NoticesDInformation.SECTION_MAX)
		private String combien;

		@NotBlank
		@Size(max = NoticesDInformation.SECTION_MAX)
		private String droits;

		public String getVersion() {
			return version;
		}

		public void setVersion(String version) {
			this.version = version;
		}

		public String getQuoi() {
			return quoi;
		}

		public void setQuoi(String quoi) {
			this.quoi = quoi;
		}

		public String getPourquoi() {
			return pourquoi;
		}

		public void setPourquoi(String pourquoi) {
			this.pourquoi = pourquoi;
		}

		public String getQui() {
			return qui;
		}

		public void setQui(String qui) {
			this.qui = qui;
		}

		public String getCombien() {
			return combien;
		}

		public void setCombien(String combien) {
			this.combien = combien;
		}

		public String getDroits() {
			return droits;
		}

		public void setDroits(String droits) {
			this.droits = droits;
		}

	}

}
