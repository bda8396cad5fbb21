package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One step of a referral's timeline: who moved it to which status, when, why. */
@Entity
class OrientationTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Orientation orientation;

	/** Null when the referral was made. */
	@Enumerated(EnumType.STRING)
	private OrientationStatut de;

	@Enumerated(EnumType.STRING)
	private OrientationStatut vers;

	private String motif;

	private String auteur;

	private Instant survenueLe;

	protected OrientationTransition() {
	}

	OrientationTransition(Orientation orientation, OrientationStatut de, OrientationStatut vers, String auteur,
			String motif, Instant survenueLe) {
		this.orientation = orientation;
		this.de = de;
		this.vers = vers;
		this.auteur = auteur;
		this.motif = motif;
		this.survenueLe = survenueLe;
	}

}
