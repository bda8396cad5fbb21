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
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.compte.Utilisateur;
import fr.tierslieux.inclusion.parcours.Parcours;

/** A counsellor's referral of a bénéficiaire to a parcours. */
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

	private Instant orienteeLe = Instant.now();

	@ManyToOne(fetch = FetchType.LAZY)
	private Utilisateur orienteePar;

	@Version
	private long version;

	protected Orientation() {
	}

	public Orientation(Beneficiaire beneficiaire, Parcours parcours, Utilisateur orienteePar, Instant orienteeLe) {
		this.beneficiaire = beneficiaire;
		this.parcours = parcours;
		this.orienteePar = orienteePar;
		this.orienteeLe = orienteeLe;
	}

	/** Moves the referral on; a transition the workflow does not allow is refused. */
	public void passerA(OrientationStatut nouveau) {
		if (!statut.peutPasserA(nouveau)) {
			throw new IllegalStateException("Une orientation " + statut + " ne peut pas passer à " + nouveau);
		}
		this.statut = nouveau;
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

	public Utilisateur getOrienteePar() {
		return orienteePar;
	}

}
