package fr.tierslieux.inclusion.pilotage;

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

	Indicateurs avecBeneficiaires(long nombre) {
		return new Indicateurs(nombre, ateliers, minutes, parcours, tiersLieux, departements);
	}

}
