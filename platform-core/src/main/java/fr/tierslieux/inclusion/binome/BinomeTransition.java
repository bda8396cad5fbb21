package fr.tierslieux.inclusion.binome;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One step of a binôme's timeline: who moved it to which phase, when, why. */
@Entity
class BinomeTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Binome binome;

	/** Null when the binôme was formed. */
	@Enumerated(EnumType.STRING)
	private Phase de;

	@Enumerated(EnumType.STRING)
	private Phase vers;

	private String motif;

	private String auteur;

	private Instant survenueLe;

	protected BinomeTransition() {
	}

	BinomeTransition(Binome binome, Phase de, Phase vers, String auteur, String motif, Instant survenueLe) {
		this.binome = binome;
		this.de = de;
		this.vers = vers;
		this.auteur = auteur;
		this.motif = motif;
		this.survenueLe = survenueLe;
	}

}
