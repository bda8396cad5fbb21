package fr.tierslieux.inclusion.binome;

/**
 * The questions of the guide's "fiche ping-pong", in its order; their French wording is
 * in the messages.
 */
public enum QuestionFiche {

	PUBLICS, PROBLEMATIQUES, HABITUDE_DU_PUBLIC, OFFRE_DU_LIEU, DIAGNOSTIC, ALLIES, ACTEURS_INCLUSION, TRAVAILLER_AVEC,
	PARCOURS_ENVISAGE, IMPLICATION_FRANCE_TRAVAIL

}
