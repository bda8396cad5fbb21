package fr.tierslieux.inclusion.beneficiaire;

import java.time.LocalDate;
import java.util.List;

/** What the bénéficiaire page shows. */
public record BeneficiaireFiche(Long id, String nom, String prenom, String email, String telephone, String agence,
		String conseiller, ProfilBeneficiaire profil, boolean avecPrerequis, LocalDate dateConsentement,
		List<OrientationLigne> orientations) {
}
