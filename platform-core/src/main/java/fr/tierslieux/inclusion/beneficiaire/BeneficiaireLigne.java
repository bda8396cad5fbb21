package fr.tierslieux.inclusion.beneficiaire;

/** One row of the bénéficiaires list. */
public record BeneficiaireLigne(Long id, String nom, String prenom, String agence, ProfilBeneficiaire profil,
		boolean avecPrerequis, long orientations, long presences) {
}
