package fr.tierslieux.inclusion.progression;

/**
 * When a criterion is rated: before the parcours, after one of its sessions, at its end.
 */
public enum Moment {

	AVANT, PENDANT, FIN

}
