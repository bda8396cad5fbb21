package fr.tierslieux.inclusion.annuaire;

/**
 * Ressource: experienced, testifies and shares. Expérimentateur: hosts and runs parcours.
 */
public enum TiersLieuRole {

	RESSOURCE, EXPERIMENTATEUR

}
