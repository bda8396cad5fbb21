package fr.tierslieux.inclusion.parcours;

/**
 * The cards of the co-construction canvas: competences to reach (Pix, DigComp) and
 * constraints to test the design against.
 */
public enum GenreCarte {

	PIX, DIGCOMP, CONTRAINTE

}
