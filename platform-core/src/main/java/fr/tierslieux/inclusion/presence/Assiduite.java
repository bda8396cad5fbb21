package fr.tierslieux.inclusion.presence;

/**
 * One person's attendance of one parcours.
 *
 * @param suivis ateliers the person came to, on time or late
 * @param ateliers ateliers of the parcours
 */
public record Assiduite(long suivis, long ateliers) {

	public static final Assiduite AUCUNE = new Assiduite(0, 0);

}
