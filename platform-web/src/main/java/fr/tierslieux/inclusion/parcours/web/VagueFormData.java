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
public class VagueFormData {

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

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifCourt = FormatParcours.COURT.budgetIndicatif();

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifLong = FormatParcours.LONG.budgetIndicatif();

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifLongAugmente = FormatParcours.LONG_AUGMENTE.budgetIndicatif();

	@NotNull
	@DecimalMin("0")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal tarifLongIntensif = FormatParcours.LONG_INTENSIF.budgetIndicatif();

	NouvelleVague vague() {
		Map<FormatParcours, BigDecimal> tarifs = new EnumMap<>(VagueService.tarifsDuGuide());
		tarifs.put(FormatParcours.COURT, tarifCourt);
		tarifs.put(FormatParcours.LONG, tarifLong);
		tarifs.put(FormatParcours.LONG_AUGMENTE, tarifLongAugmente);
		tarifs.put(FormatParcours.LONG_INTENSIF, tarifLongIntensif);
		return new NouvelleVague(Saisie.nettoyer(nom, 200), region, debut, fin, enveloppe, tarifs);
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

	public BigDecimal getTarifCourt() {
		return tarifCourt;
	}

	public void setTarifCourt(BigDecimal tarifCourt) {
		this.tarifCourt = tarifCourt;
	}

	public BigDecimal getTarifLong() {
		return tarifLong;
	}

	public void setTarifLong(BigDecimal tarifLong) {
		this.tarifLong = tarifLong;
	}

	public BigDecimal getTarifLongAugmente() {
		return tarifLongAugmente;
	}

	public void setTarifLongAugmente(BigDecimal tarifLongAugmente) {
		this.tarifLongAugmente = tarifLongAugmente;
	}

	public BigDecimal getTarifLongIntensif() {
		return tarifLongIntensif;
	}

	public void setTarifLongIntensif(BigDecimal tarifLongIntensif) {
		this.tarifLongIntensif = tarifLongIntensif;
	}

}
