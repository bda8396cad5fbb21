package fr.tierslieux.inclusion.annuaire;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import fr.tierslieux.inclusion.territoire.Departement;

/** A France Travail site: a local agency or a territorial / regional direction. */
@Entity
public class Agence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String codeSafir;

	private String nom;

	@Enumerated(EnumType.STRING)
	private AgenceType type;

	@Embedded
	private Adresse adresse;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "departement_code")
	private Departement departement;

	@ManyToOne(fetch = FetchType.LAZY)
	private Agence direction;

	@Version
	private long version;

	protected Agence() {
	}

	public Agence(String codeSafir, String nom, AgenceType type, Adresse adresse, Departement departement,
			Agence direction) {
		this.codeSafir = codeSafir;
		this.nom = nom;
		this.type = type;
		this.adresse = adresse;
		this.departement = departement;
		this.direction = direction;
	}

	public Long getId() {
		return id;
	}

	public String getCodeSafir() {
		return codeSafir;
	}

	public String getNom() {
		return nom;
	}

	public AgenceType getType() {
		return type;
	}

	public Adresse getAdresse() {
		return adresse;
	}

	public Departement getDepartement() {
		return departement;
	}

	public Agence getDirection() {
		return direction;
	}

}
