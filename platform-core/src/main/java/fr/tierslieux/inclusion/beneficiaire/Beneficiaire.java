package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;
import java.time.LocalDate;

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
import fr.tierslieux.inclusion.compte.Utilisateur;

/**
 * A job seeker followed by an agence. Personal data kept to the minimum the parcours
 * needs: no social security number, no health data; consent date recorded.
 */
@Entity
public class Beneficiaire {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agence agence;

	@ManyToOne(fetch = FetchType.LAZY)
	private Utilisateur conseiller;

	private String nom;

	private String prenom;

	private String email;

	private String telephone;

	@Enumerated(EnumType.STRING)
	private ProfilBeneficiaire profil;

	private boolean avecPrerequis;

	private LocalDate dateConsentement;

	private Instant creeLe;

	@Version
	private long version;

	protected Beneficiaire() {
	}

	Beneficiaire(Agence agence, Utilisateur conseiller, String nom, String prenom, ProfilBeneficiaire profil,
			boolean avecPrerequis, LocalDate dateConsentement, Instant creeLe) {
		this.creeLe = creeLe;
		this.agence = agence;
		this.conseiller = conseiller;
		this.nom = nom;
		this.prenom = prenom;
		this.profil = profil;
		this.avecPrerequis = avecPrerequis;
		this.dateConsentement = dateConsentement;
	}

	void contact(String email, String telephone) {
		this.email = email;
		this.telephone = telephone;
	}

	public Long getId() {
		return id;
	}

	public Agence getAgence() {
		return agence;
	}

	public Utilisateur getConseiller() {
		return conseiller;
	}

	public String getNom() {
		return nom;
	}

	public String getPrenom() {
		return prenom;
	}

	public String getEmail() {
		return email;
	}

	public String getTelephone() {
		return telephone;
	}

	public ProfilBeneficiaire getProfil() {
		return profil;
	}

	public boolean isAvecPrerequis() {
		return avecPrerequis;
	}

	public LocalDate getDateConsentement() {
		return dateConsentement;
	}

}
