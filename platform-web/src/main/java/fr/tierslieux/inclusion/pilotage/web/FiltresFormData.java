package fr.tierslieux.inclusion.pilotage.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.pilotage.FiltresDuCockpit;

/**
 * The cockpit's filters as the URL carries them; a value that cannot be read is dropped.
 */
public class FiltresFormData {

	private Long vague;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate du;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate au;

	@Pattern(regexp = "[0-9A-Za-z]{2,3}")
	private String departement;

	private TypologieParcours typologie;

	private Long tiersLieu;

	FiltresDuCockpit filtres() {
		String code = departement == null || departement.isBlank() ? null : departement;
		return new FiltresDuCockpit(vague, du, au, code, typologie, code == null ? null : tiersLieu);
	}

	public Long getVague() {
		return vague;
	}

	public void setVague(Long vague) {
		this.vague = vague;
	}

	public LocalDate getDu() {
		return du;
	}

	public void setDu(LocalDate du) {
		this.du = du;
	}

	public LocalDate getAu() {
		return au;
	}

	public void setAu(LocalDate au) {
		this.au = au;
	}

	public String getDepartement() {
		return departement;
	}

	public void setDepartement(String departement) {
		this.departement = departement;
	}

	public TypologieParcours getTypologie() {
		return typologie;
	}

	public void setTypologie(TypologieParcours typologie) {
		this.typologie = typologie;
	}

	public Long getTiersLieu() {
		return tiersLieu;
	}

	public void setTiersLieu(Long tiersLieu) {
		this.tiersLieu = tiersLieu;
	}

}
