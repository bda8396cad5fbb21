package fr.tierslieux.inclusion.atelier;

/** Kind of session, as the guide's "T2. MENER LES PARCOURS" names them. */
public enum TypeAtelier {

	REUNION_INFORMATION, SAS_ACCUEIL, THEORIQUE, PRATIQUE_FABLAB, IMMERSION, RECHERCHE_EMPLOI, ACCES_LIBRE

}
