package fr.tierslieux.inclusion.parcours;

import java.math.BigDecimal;

/**
 * Length of a parcours and its indicative budget (the guide's figures; regions may adapt
 * them).
 */
public enum FormatParcours {

	COURT(5_000), LONG(10_000), LONG_AUGMENTE(15_000), LONG_INTENSIF(15_000);

	private final BigDecimal budgetIndicatif;

	FormatParcours(int euros) {
		this.budgetIndicatif = BigDecimal.valueOf(euros).setScale(2);
	}

	public BigDecimal budgetIndicatif() {
		return budgetIndicatif;
	}

}
