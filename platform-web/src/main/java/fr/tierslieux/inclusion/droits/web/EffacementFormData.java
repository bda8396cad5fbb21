package fr.tierslieux.inclusion.droits.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import fr.tierslieux.inclusion.droits.MotifEffacement;

/**
 * An erasure: why (the person asks for it, or withdraws their consent), and the
 * counsellor's confirmation that it cannot be undone.
 */
public class EffacementFormData {

	@NotNull
	private MotifEffacement motif;

	@AssertTrue
	private boolean confirmation;

	public MotifEffacement getMotif() {
		return motif;
	}

	public void setMotif(MotifEffacement motif) {
		this.motif = motif;
	}

	public boolean isConfirmation() {
		return confirmation;
	}

	public void setConfirmation(boolean confirmation) {
		this.confirmation = confirmation;
	}

}
