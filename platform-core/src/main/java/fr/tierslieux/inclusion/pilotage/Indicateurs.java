package fr.tierslieux.inclusion.pilotage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures of one slice of the records (everything in scope, one typologie, one
 * département).
 *
 * @param beneficiaires distinct people who attended at least one atelier
 * @param minutes atelier durations added up: the hours of support
 */
public record Indicateurs(long beneficiaires, long ateliers, long minutes, long parcours, long tiersLieux,
		long departements) {

	public static final Indicateurs AUCUN = new Indicateurs(0, 0, 0, 0, 0, 0);

	/**
	 * The seed's "average ateliers per parcours", to one decimal; null without parcours.
	 */
	public BigDecimal ateliersParParcours() {
		return parcours == 0 ? null
				: BigDecimal.valueOf(ateliers).divide(BigDecimal.valueOf(parcours), 1, RoundingMode.HALF_UP);
	}

	Indicateurs avecBeneficiaires(long nombre) {
		return new Indicateurs(nombre, ateliers, minutes, parcours, tiersLieux, departements);
	}

}
