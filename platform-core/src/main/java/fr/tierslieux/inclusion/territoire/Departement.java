package fr.tierslieux.inclusion.territoire;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A département of the INSEE geography ({@code 2A}, {@code 93}, {@code 974}). */
@Entity
public class Departement {

	@Id
	private String code;

	private String nom;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_code")
	private Region region;

	protected Departement() {
	}

	Departement(String code, String nom, Region region) {
		this.code = code;
		this.nom = nom;
		this.region = region;
	}

	void mettreAJour(String nom, Region region) {
		this.nom = nom;
		this.region = region;
	}

	public String getCode() {
		return code;
	}

	public String getNom() {
		return nom;
	}

	public Region getRegion() {
		return region;
	}

}
