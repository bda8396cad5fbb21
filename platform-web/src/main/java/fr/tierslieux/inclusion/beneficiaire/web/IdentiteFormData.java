package fr.tierslieux.inclusion.beneficiaire.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.tierslieux.inclusion.beneficiaire.Identite;

/**
 * Who a person is and how to reach them, as the referral form and the correction form
 * both ask it (bound as {@code personne}: the same messages next to the fields).
 */
public abstract class IdentiteFormData {

	@NotBlank
	@Size(max = 100)
	private String nom;

	@NotBlank
	@Size(max = 100)
	private String prenom;

	private Integer anneeNaissance;

	@Email
	@Size(max = 200)
	private String email;

	@Size(max = 20)
	@Pattern(regexp = "[0-9 +.()-]*")
	private String telephone;

	@Size(max = 11)
	private String identifiantFt;

	protected void remplir(Identite identite) {
		nom = identite.nom();
		prenom = identite.prenom();
		anneeNaissance = identite.anneeNaissance();
		email = identite.email();
		telephone = identite.telephone();
		identifiantFt = identite.identifiantFt();
	}

	public Identite identite() {
		return new Identite(nom, prenom, anneeNaissance, email, telephone, identifiantFt);
	}

	public String getNom() {
		return nom;
	}

	public void setNom(String nom) {
		this.nom = nom;
	}

	public String getPrenom() {
		return prenom;
	}

	public void setPrenom(String prenom) {
		this.prenom = prenom;
	}

	public Integer getAnneeNaissance() {
		return anneeNaissance;
	}

	public void setAnneeNaissance(Integer anneeNaissance) {
		this.anneeNaissance = anneeNaissance;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTelephone() {
		return telephone;
	}

	public void setTelephone(String telephone) {
		this.telephone = telephone;
	}

	public String getIdentifiantFt() {
		return identifiantFt;
	}

	public void setIdentifiantFt(String identifiantFt) {
		this.identifiantFt = identifiantFt;
	}

}
