package fr.tierslieux.inclusion.compte.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.compte.InvitationService.NouvelleInvitation;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.compte.Structure;

/** The form that invites a person to join a structure. */
public class InvitationFormData {

	@NotBlank
	@Email
	@Size(max = 150)
	private String email;

	@NotBlank
	@Size(max = 150)
	private String nomAffiche;

	@NotNull
	private Role role;

	/** {@code R:11}, {@code A:42} or {@code T:7}. */
	@NotBlank
	private String structure;

	NouvelleInvitation invitation() {
		return new NouvelleInvitation(email.strip(), Saisie.nettoyer(nomAffiche, 150), role, Structure.lue(structure));
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getNomAffiche() {
		return nomAffiche;
	}

	public void setNomAffiche(String nomAffiche) {
		this.nomAffiche = nomAffiche;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getStructure() {
		return structure;
	}

	public void setStructure(String structure) {
		this.structure = structure;
	}

}
