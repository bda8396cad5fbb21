package fr.tierslieux.inclusion.compte;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import fr.tierslieux.inclusion.annuaire.Agence;
import fr.tierslieux.inclusion.annuaire.TiersLieu;
import fr.tierslieux.inclusion.territoire.Region;

/** One membership of an account: exactly one région, agence or tiers-lieu. */
@Entity
public class Rattachement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Utilisateur utilisateur;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "region_code")
	private Region region;

	@ManyToOne(fetch = FetchType.LAZY)
	private Agence agence;

	@ManyToOne(fetch = FetchType.LAZY)
	private TiersLieu tiersLieu;

	protected Rattachement() {
	}

	private Rattachement(Utilisateur utilisateur, Region region, Agence agence, TiersLieu tiersLieu) {
		this.utilisateur = utilisateur;
		this.region = region;
		this.agence = agence;
		this.tiersLieu = tiersLieu;
	}

	static Rattachement region(Utilisateur utilisateur, Region region) {
		return new Rattachement(utilisateur, region, null, null);
	}

	static Rattachement agence(Utilisateur utilisateur, Agence agence) {
		return new Rattachement(utilisateur, null, agence, null);
	}

	static Rattachement tiersLieu(Utilisateur utilisateur, TiersLieu tiersLieu) {
		return new Rattachement(utilisateur, null, null, tiersLieu);
	}

	public Region getRegion() {
		return region;
	}

	public Agence getAgence() {
		return agence;
	}

	public TiersLieu getTiersLieu() {
		return tiersLieu;
	}

}
