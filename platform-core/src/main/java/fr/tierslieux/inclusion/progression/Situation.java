package fr.tierslieux.inclusion.progression;

/** A person's situation after the parcours, as France Travail follows it. */
public enum Situation {

	EMPLOI_DURABLE, EMPLOI_TRANSITION, FORMATION, CREATION_ACTIVITE, EN_RECHERCHE, AUTRE

}
