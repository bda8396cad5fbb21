package fr.tierslieux.inclusion.beneficiaire;

/**
 * A person already known who may be the one being referred.
 *
 * @param id the person, when they are followed by the counsellor's agence; null for
 * another agence's (whose records the counsellor may not read)
 * @param prenom null for another agence's person
 * @param nom null for another agence's person
 * @param agence the agence that follows them
 */
public record Ressemblance(Long id, String prenom, String nom, Integer anneeNaissance, String agence) {

	public boolean deMonAgence() {
		return id != null;
	}

}
