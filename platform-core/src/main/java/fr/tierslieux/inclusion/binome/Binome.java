package fr.tierslieux.inclusion.binome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.annuaire.Agence;
import fr.tierslieux.inclusion.annuaire.TiersLieu;
import fr.tierslieux.inclusion.commun.ConflitException;
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

	@OneToMany(mappedBy = "binome", cascade = CascadeType.PERSIST)
	private List<BinomeTransition> transitions = new ArrayList<>();

	protected Binome() {
	}

	/** Formed in T0; the formation opens the binôme's timeline. */
	Binome(Vague vague, Agence agence, TiersLieu tiersLieu, Utilisateur referentAgence, Utilisateur referentTiersLieu,
			String auteur, Instant formeLe) {
		this.vague = vague;
		this.agence = agence;
		this.tiersLieu = tiersLieu;
		this.referentAgence = referentAgence;
		this.referentTiersLieu = referentTiersLieu;
		transitions.add(new BinomeTransition(this, null, Phase.T0, auteur, null, formeLe));
	}

	/**
	 * Moves to the next phase and records who did it; a binôme never skips one nor goes
	 * back.
	 */
	void passerALaPhaseSuivante(String auteur, String motif, Instant quand) {
		if (phase == Phase.T4) {
			throw new ConflitException("conflit.binomeTermine");
		}
		Phase suivante = Phase.values()[phase.ordinal() + 1];
		transitions.add(new BinomeTransition(this, phase, suivante, auteur, motif, quand));
		phase = suivante;
	}

	void nommerReferents(Utilisateur referentAgence, Utilisateur referentTiersLieu) {
		this.referentAgence = referentAgence;
		this.referentTiersLieu = referentTiersLieu;
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

	public long getVersion() {
		return version;
	}

}
