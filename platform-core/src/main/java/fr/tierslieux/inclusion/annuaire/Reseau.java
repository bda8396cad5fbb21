package fr.tierslieux.inclusion.annuaire;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.territoire.Region;

/** A regional network of tiers-lieux that mobilises its members. */
@Entity
public class Reseau {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nom;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "region_code")
	private Region region;

	private String siteWeb;

	@Version
	private long version;

	protected Reseau() {
	}

	public Reseau(String nom, Region region, String siteWeb) {
		this.nom = nom;
		this.region = region;
		this.siteWeb = siteWeb;
	}

	public Long getId() {
		return id;
	}

	public String getNom() {
		return nom;
	}

	public Region getRegion() {
		return region;
	}

	public String getSiteWeb() {
		return siteWeb;
	}

}
