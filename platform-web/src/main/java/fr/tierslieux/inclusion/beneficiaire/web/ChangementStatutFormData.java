package fr.tierslieux.inclusion.beneficiaire.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;

/** The form that moves a referral to another status. */
public class ChangementStatutFormData {

	/** The version the user saw. */
	private long version;

	@NotNull
	private OrientationStatut statut;

	@Size(max = OrientationService.MOTIF_MAX)
	private String motif;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public OrientationStatut getStatut() {
		return statut;
	}

	public void setStatut(OrientationStatut statut) {
		this.statut = statut;
	}

	public String getMotif() {
		return motif;
	}

	public void setMotif(String motif) {
		this.motif = motif;
	}

}
