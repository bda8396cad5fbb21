package fr.tierslieux.inclusion.presence;

/**
 * The sign-in sheet of one atelier, counted.
 *
 * @param inscrits people on the sheet
 * @param presents those who came, on time or late
 */
public record Emargement(long inscrits, long presents) {

	public static final Emargement VIDE = new Emargement(0, 0);

}
