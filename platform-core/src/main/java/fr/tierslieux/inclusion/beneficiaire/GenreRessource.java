package fr.tierslieux.inclusion.beneficiaire;

/** What may be handed to a person during their parcours. */
public enum GenreRessource {

	CHEQUE_APTIC, MATERIEL, FORFAIT_DONNEES, AUTRE

}
