package fr.tierslieux.inclusion.compte.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The password chosen on an invitation's page (or the existing account's, to confirm it).
 */
public class AcceptationFormData {

	@NotBlank
	@Size(max = 128)
	private String motDePasse;

	@Size(max = 128)
	private String confirmation;

	public String getMotDePasse() {
		return motDePasse;
	}

	public void setMotDePasse(String motDePasse) {
		this.motDePasse = motDePasse;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
