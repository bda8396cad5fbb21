package fr.tierslieux.inclusion.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.budget.Engagements.NouveauPaiement;
import fr.tierslieux.inclusion.commun.Saisie;

/** Records a payment on a commitment. */
public class PaiementFormData {

	@NotNull
	private Long engagement;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateVersement;

	@NotNull
	@DecimalMin("0.01")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal montantVerse;

	@NotBlank
	@Size(max = 100)
	private String reference;

	NouveauPaiement paiement() {
		return new NouveauPaiement(engagement, dateVersement, montantVerse, Saisie.nettoyer(reference, 100));
	}

	public Long getEngagement() {
		return engagement;
	}

	public void setEngagement(Long engagement) {
		this.engagement = engagement;
	}

	public LocalDate getDateVersement() {
		return dateVersement;
	}

	public void setDateVersement(LocalDate dateVersement) {
		this.dateVersement = dateVersement;
	}

	public BigDecimal getMontantVerse() {
		return montantVerse;
	}

	public void setMontantVerse(BigDecimal montantVerse) {
		this.montantVerse = montantVerse;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

}
