package fr.tierslieux.inclusion.audit;

/** What an administration change is about. */
public enum ObjetAdministre {

	COMPTE, INVITATION, VAGUE, BAREME, MOTIF, NOTICE, PARAMETRE

}
