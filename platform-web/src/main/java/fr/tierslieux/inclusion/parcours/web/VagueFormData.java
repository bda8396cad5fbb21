package fr.tierslieux.inclusion.parcours.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.VagueService;
import fr.tierslieux.inclusion.parcours.VagueService.NouvelleVague;

/** The form that opens a vague with its tariff table. */
public class VagueFormData extends TarifsFormData {

	@NotBlank
	@Size(max = 200)
	private String nom;

	@NotBlank
	private String region;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate debut;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate fin;

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal enveloppe;

	NouvelleVague vague() {
		return new NouvelleVague(Saisie.nettoyer(nom, 200), region, debut, fin, enveloppe, tarifs());
	}

	public String getNom() {
		return nom;
	}

	public void setNom(String nom) {
		this.nom = nom;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public LocalDate getDebut() {
		return debut;
	}

	public void setDebut(LocalDate debut) {
		this.debut = debut;
	}

	public LocalDate getFin() {
		return fin;
	}

	public void setFin(LocalDate fin) {
		this.fin = fin;
	}

	public BigDecimal getEnveloppe() {
		return enveloppe;
	}

	public void setEnveloppe(BigDecimal enveloppe) {
		this.enveloppe = enveloppe;
	}

}
