package fr.tierslieux.inclusion.presence;

/**
 * One person's attendance of one parcours.
 *
 * @param suivis ateliers the person came to, on time or late
 * @param ateliers ateliers of the parcours, cancelled ones left out
 * @param absences ateliers missed without an excuse
 * @param alerte whether the absences reached the threshold the counsellor is warned at
 */
public record Assiduite(long suivis, long ateliers, long absences, boolean alerte) {

	public static final Assiduite AUCUNE = new Assiduite(0, 0, 0, false);

}
