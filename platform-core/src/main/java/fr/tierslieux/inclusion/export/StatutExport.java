package fr.tierslieux.inclusion.export;

/** Where an export stands. */
public enum StatutExport {

	/** Written at once into the answer to the request. */
	DIRECT,
	/** Past the threshold: waiting for the export thread. */
	EN_ATTENTE, EN_COURS,
	/** Its file waits behind the link until it expires. */
	PRET, ECHEC,
	/** Its file has been deleted. */
	EXPIRE

}
