package fr.tierslieux.inclusion.binome.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.tierslieux.inclusion.binome.BinomeService.NouveauBinome;
import fr.tierslieux.inclusion.binome.ThemeCooperation;
import fr.tierslieux.inclusion.commun.Saisie;

/** The form that forms a binôme from a selected tiers-lieu. */
public class BinomeFormData {

	@NotNull
	private Long tiersLieu;

	@NotNull
	private Long agence;

	private Long referentAgence;

	private Long referentTiersLieu;

	@NotEmpty
	private Set<ThemeCooperation> themes = EnumSet.noneOf(ThemeCooperation.class);

	@Size(max = 300)
	private String autreTheme;

	NouveauBinome binome(Long vague) {
		return new NouveauBinome(vague, tiersLieu, agence, referentAgence, referentTiersLieu, themes,
				autreTheme == null ? null : Saisie.nettoyer(autreTheme, 300));
	}

	public Long getTiersLieu() {
		return tiersLieu;
	}

	public void setTiersLieu(Long tiersLieu) {
		this.tiersLieu = tiersLieu;
	}

	public Long getAgence() {
		return agence;
	}

	public void setAgence(Long agence) {
		this.agence = agence;
	}

	public Long getReferentAgence() {
		return referentAgence;
	}

	public void setReferentAgence(Long referentAgence) {
		this.referentAgence = referentAgence;
	}

	public Long getReferentTiersLieu() {
		return referentTiersLieu;
	}

	public void setReferentTiersLieu(Long referentTiersLieu) {
		this.referentTiersLieu = referentTiersLieu;
	}

	public Set<ThemeCooperation> getThemes() {
		return themes;
	}

	public void setThemes(Set<ThemeCooperation> themes) {
		this.themes = themes == null ? EnumSet.noneOf(ThemeCooperation.class) : themes;
	}

	public String getAutreTheme() {
		return autreTheme;
	}

	public void setAutreTheme(String autreTheme) {
		this.autreTheme = autreTheme;
	}

}
