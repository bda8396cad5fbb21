package fr.tierslieux.inclusion.presence;

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

import fr.tierslieux.inclusion.atelier.Atelier;
import fr.tierslieux.inclusion.beneficiaire.Beneficiaire;

/** One line of a sign-in sheet: one person at one atelier. */
@Entity
public class Presence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Atelier atelier;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Beneficiaire beneficiaire;

	@Enumerated(EnumType.STRING)
	private PresenceStatut statut;

	private Instant enregistreeLe;

	/** The person checked in with their phone, and the tiers-lieu has not changed it. */
	private boolean parLaPersonne;

	@Version
	private long version;

	protected Presence() {
	}

	Presence(Atelier atelier, Beneficiaire beneficiaire, PresenceStatut statut, Instant enregistreeLe) {
		this.atelier = atelier;
		this.beneficiaire = beneficiaire;
		this.statut = statut;
		this.enregistreeLe = enregistreeLe;
	}

	/** The facilitator corrects the sheet. */
	void changer(PresenceStatut statut, Instant quand) {
		if (this.statut != statut) {
			this.parLaPersonne = false;
		}
		this.statut = statut;
		this.enregistreeLe = quand;
	}

	public Long getId() {
		return id;
	}

	public Atelier getAtelier() {
		return atelier;
	}

	public Beneficiaire getBeneficiaire() {
		return beneficiaire;
	}

	public PresenceStatut getStatut() {
		return statut;
	}

	public Instant getEnregistreeLe() {
		return enregistreeLe;
	}

}
