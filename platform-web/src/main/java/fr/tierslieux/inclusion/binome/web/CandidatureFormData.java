package fr.tierslieux.inclusion.binome.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tiers-lieu's application to a vague. */
public class CandidatureFormData {

	@NotNull
	private Long vague;

	@NotNull
	private Long tiersLieu;

	@NotBlank
	@Size(max = 2000)
	private String capacites;

	@NotBlank
	@Size(max = 4000)
	private String proposition;

	/** Which application form of the page this one is (several calls may be open). */
	String cle() {
		return vague + ":" + tiersLieu;
	}

	public Long getVague() {
		return vague;
	}

	public void setVague(Long vague) {
		this.vague = vague;
	}

	public Long getTiersLieu() {
		return tiersLieu;
	}

	public void setTiersLieu(Long tiersLieu) {
		this.tiersLieu = tiersLieu;
	}

	public String getCapacites() {
		return capacites;
	}

	public void setCapacites(String capacites) {
		this.capacites = capacites;
	}

	public String getProposition() {
		return proposition;
	}

	public void setProposition(String proposition) {
		this.proposition = proposition;
	}

}
