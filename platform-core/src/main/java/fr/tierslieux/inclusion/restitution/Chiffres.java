package fr.tierslieux.inclusion.restitution;

/**
 * The figures of a restitution's line (the vague, a typologie, a tiers-lieu), as shown:
 * counts of people below the threshold are null, rates on fewer than 5 people too.
 * Sessions and hours say nothing of anybody and are always shown.
 *
 * @param personnes null when 1 to 4
 * @param tauxPresence present or late among the attendance recorded, in %
 * @param partEnProgres criteria rated at least twice whose latest rating is above the
 * first, in %
 * @param dynamiquesM3 people in employment, training or business creation at 3 months,
 * among {@code sortiesM3} recorded
 */
public record Chiffres(Long personnes, long seances, long minutes, Integer tauxPresence, Integer partEnProgres,
		Long badges, Long sortiesM3, Long dynamiquesM3, Long sortiesM6, Long dynamiquesM6) {

	public boolean masque() {
		return personnes == null;
	}

}
