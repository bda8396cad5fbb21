package fr.tierslieux.inclusion.binome;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.annuaire.Agence;
import fr.tierslieux.inclusion.annuaire.TiersLieu;
import fr.tierslieux.inclusion.compte.Utilisateur;

/** An agence and a nearby tiers-lieu working together during one vague. */
@Entity
public class Binome {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Vague vague;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agence agence;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private TiersLieu tiersLieu;

	@ManyToOne(fetch = FetchType.LAZY)
	private Utilisateur referentAgence;

	@ManyToOne(fetch = FetchType.LAZY)
	private Utilisateur referentTiersLieu;

	@Enumerated(EnumType.STRING)
	private Phase phase = Phase.T0;

	@Version
	private long version;

	protected Binome() {
	}

	public Binome(Vague vague, Agence agence, TiersLieu tiersLieu, Utilisateur referentAgence,
			Utilisateur referentTiersLieu) {
		this.vague = vague;
		this.agence = agence;
		this.tiersLieu = tiersLieu;
		this.referentAgence = referentAgence;
		this.referentTiersLieu = referentTiersLieu;
	}

	/** Moves to the next phase; a binôme never skips one nor goes back. */
	public void passerALaPhaseSuivante() {
		if (phase == Phase.T4) {
			throw new IllegalStateException("Le binôme a terminé la phase T4");
		}
		phase = Phase.values()[phase.ordinal() + 1];
	}

	public Long getId() {
		return id;
	}

	public Vague getVague() {
		return vague;
	}

	public Agence getAgence() {
		return agence;
	}

	public TiersLieu getTiersLieu() {
		return tiersLieu;
	}

	public Utilisateur getReferentAgence() {
		return referentAgence;
	}

	public Utilisateur getReferentTiersLieu() {
		return referentTiersLieu;
	}

	public Phase getPhase() {
		return phase;
	}

}
