package fr.tierslieux.inclusion.atelier;

/** Kind of session: group workshop, individual meeting, immersion in the venue, visit. */
public enum TypeAtelier {

	COLLECTIF, INDIVIDUEL, IMMERSION, VISITE

}
