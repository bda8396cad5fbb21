package fr.tierslieux.inclusion.demarche;

/** How a question is answered: on a scale of 1 to 4, by one of its choices, in words. */
public enum GenreQuestion {

	ECHELLE, CHOIX, TEXTE

}
