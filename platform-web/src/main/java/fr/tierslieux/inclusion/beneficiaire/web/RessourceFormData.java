package fr.tierslieux.inclusion.beneficiaire.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.beneficiaire.GenreRessource;
import fr.tierslieux.inclusion.beneficiaire.RessourcesRemises.NouvelleRessource;

/** A resource handed to a person: an APTIC cheque, equipment, a data plan… */
public class RessourceFormData {

	@NotNull
	private GenreRessource genre;

	@Size(max = 40)
	private String numero;

	/** Typed as people write it: {@code 10}, {@code 12,50} or {@code 12.50}. */
	@Pattern(regexp = "\\s*\\d{1,5}([.,]\\d{1,2})?\\s*")
	private String valeur;

	@Size(max = 200)
	private String libelle;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate remiseLe;

	static RessourceFormData duJour(LocalDate aujourdhui) {
		RessourceFormData formulaire = new RessourceFormData();
		formulaire.remiseLe = aujourdhui;
		return formulaire;
	}

	NouvelleRessource ressource() {
		return new NouvelleRessource(genre, numero,
				valeur == null || valeur.isBlank() ? null : new BigDecimal(valeur.strip().replace(',', '.')), libelle,
				remiseLe);
	}

	public GenreRessource getGenre() {
		return genre;
	}

	public void setGenre(GenreRessource genre) {
		this.genre = genre;
	}

	public String getNumero() {
		return numero;
	}

	public void setNumero(String numero) {
		this.numero = numero;
	}

	public String getValeur() {
		return valeur;
	}

	public void setValeur(String valeur) {
		this.valeur = valeur;
	}

	public String getLibelle() {
		return libelle;
	}

	public void setLibelle(String libelle) {
		this.libelle = libelle;
	}

	public LocalDate getRemiseLe() {
		return remiseLe;
	}

	public void setRemiseLe(LocalDate remiseLe) {
		this.remiseLe = remiseLe;
	}

}
