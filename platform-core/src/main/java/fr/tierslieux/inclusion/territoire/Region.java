package fr.tierslieux.inclusion.territoire;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A région of the INSEE geography, keyed by its two-digit code ({@code 11} for
 * Île-de-France).
 */
@Entity
public class Region {

	@Id
	private String code;

	private String nom;

	protected Region() {
	}

	Region(String code, String nom) {
		this.code = code;
		this.nom = nom;
	}

	void renommer(String nom) {
		this.nom = nom;
	}

	public String getCode() {
		return code;
	}

	public String getNom() {
		return nom;
	}

}
