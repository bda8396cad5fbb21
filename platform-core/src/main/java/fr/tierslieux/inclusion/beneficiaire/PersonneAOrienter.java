package fr.tierslieux.inclusion.beneficiaire;

import java.time.LocalDate;

/**
 * What the counsellor records of a person they refer: the least the tiers-lieu needs.
 *
 * @param anneeNaissance optional, to tell two people of the same name apart
 * @param identifiantFt the France Travail identifier, optional
 * @param versionNotice the version of the information notice the person was shown
 */
public record PersonneAOrienter(String nom, String prenom, Integer anneeNaissance, String email, String telephone,
		String identifiantFt, ProfilBeneficiaire profil, boolean avecPrerequis, OutilDiagnostic diagnosticOutil,
		String diagnosticResultat, LocalDate dateConsentement, String versionNotice) {

	public Identite identite() {
		return new Identite(nom, prenom, anneeNaissance, email, telephone, identifiantFt);
	}

}
