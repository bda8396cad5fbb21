package fr.tierslieux.inclusion.beneficiaire;

/**
 * One row of the bénéficiaires list.
 *
 * @param orientations the person's referrals the reader may see, not all of them
 */
public record BeneficiaireLigne(Long id, String nom, String prenom, String agence, ProfilBeneficiaire profil,
		boolean avecPrerequis, long orientations) {
}
