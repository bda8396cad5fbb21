package fr.tierslieux.inclusion.parcours;

/** The three degrees of depth of a parcours named by the experimentation's guide. */
public enum TypologieParcours {

	APPRENTISSAGE_PAR_LE_FAIRE, PROFESSIONNALISATION, HYBRIDE_CREATIF

}
