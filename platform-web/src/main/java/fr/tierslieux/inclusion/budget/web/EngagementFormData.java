package fr.tierslieux.inclusion.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import fr.tierslieux.inclusion.budget.Engagements.NouvelEngagement;

/**
 * Commits an amount: {@code cible} names the binôme ({@code 12}, its engineering) or one
 * of its parcours ({@code 12:34}).
 */
public class EngagementFormData {

	@NotNull
	@Pattern(regexp = "[0-9]{1,18}(:[0-9]{1,18})?")
	private String cible;

	@NotNull
	@DecimalMin("0.01")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal montantEngage;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateEngagement;

	NouvelEngagement engagement() {
		String[] parties = cible.split(":");
		return new NouvelEngagement(Long.parseLong(parties[0]), parties.length > 1 ? Long.valueOf(parties[1]) : null,
				montantEngage, dateEngagement);
	}

	public String getCible() {
		return cible;
	}

	public void setCible(String cible) {
		this.cible = cible;
	}

	public BigDecimal getMontantEngage() {
		return montantEngage;
	}

	public void setMontantEngage(BigDecimal montantEngage) {
		this.montantEngage = montantEngage;
	}

	public LocalDate getDateEngagement() {
		return dateEngagement;
	}

	public void setDateEngagement(LocalDate dateEngagement) {
		this.dateEngagement = dateEngagement;
	}

}
