package fr.tierslieux.inclusion.beneficiaire;

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

import fr.tierslieux.inclusion.commun.TransitionRefuseeException;
import fr.tierslieux.inclusion.compte.Utilisateur;
import fr.tierslieux.inclusion.parcours.Parcours;

/**
 * A counsellor's referral of a bénéficiaire to a parcours. Its status moves only along
 * {@link OrientationStatut#suivants()}, and every move is kept in its timeline.
 */
@Entity
public class Orientation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Beneficiaire beneficiaire;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Parcours parcours;

	@Enumerated(EnumType.STRING)
	private OrientationStatut statut = OrientationStatut.PROPOSEE;

	private Instant orienteeLe;

	@ManyToOne(fetch = FetchType.LAZY)
	private Utilisateur orienteePar;

	@Version
	private long version;

	@OneToMany(mappedBy = "orientation", cascade = CascadeType.PERSIST)
	private List<OrientationTransition> transitions = new ArrayList<>();

	protected Orientation() {
	}

	/** A new referral, proposed; the proposal opens its timeline. */
	Orientation(Beneficiaire beneficiaire, Parcours parcours, Utilisateur orienteePar, String auteur,
			Instant orienteeLe) {
		this.beneficiaire = beneficiaire;
		this.parcours = parcours;
		this.orienteePar = orienteePar;
		this.orienteeLe = orienteeLe;
		transitions.add(new OrientationTransition(this, null, statut, auteur, null, orienteeLe));
	}

	/**
	 * Moves the referral on and records who did it and why.
	 * @throws TransitionRefuseeException if the workflow does not allow it from here
	 */
	void passerA(OrientationStatut nouveau, String auteur, String motif, Instant quand) {
		if (!statut.peutPasserA(nouveau)) {
			throw new TransitionRefuseeException("orientation." + statut, "orientation." + nouveau);
		}
		transitions.add(new OrientationTransition(this, statut, nouveau, auteur, motif, quand));
		this.statut = nouveau;
	}

	/**
	 * Closes a referral still open when the person's record is erased: they take no
	 * further part, whatever the step.
	 */
	void arreter(String auteur, String motif, Instant quand) {
		if (!OrientationService.OUVERTES.contains(statut)) {
			throw new TransitionRefuseeException("orientation." + statut, "orientation." + OrientationStatut.ABANDON);
		}
		transitions.add(new OrientationTransition(this, statut, OrientationStatut.ABANDON, auteur, motif, quand));
		this.statut = OrientationStatut.ABANDON;
	}

	/**
	 * The platform closes a proposal nobody answered.
	 * @throws TransitionRefuseeException unless it is still proposed
	 */
	void expirer(String auteur, String motif, Instant quand) {
		if (statut != OrientationStatut.PROPOSEE) {
			throw new TransitionRefuseeException("orientation." + statut, "orientation." + OrientationStatut.EXPIREE);
		}
		transitions.add(new OrientationTransition(this, statut, OrientationStatut.EXPIREE, auteur, motif, quand));
		this.statut = OrientationStatut.EXPIREE;
	}

	public Long getId() {
		return id;
	}

	public Beneficiaire getBeneficiaire() {
		return beneficiaire;
	}

	public Parcours getParcours() {
		return parcours;
	}

	public OrientationStatut getStatut() {
		return statut;
	}

	public Instant getOrienteeLe() {
		return orienteeLe;
	}

	public long getVersion() {
		return version;
	}

}
