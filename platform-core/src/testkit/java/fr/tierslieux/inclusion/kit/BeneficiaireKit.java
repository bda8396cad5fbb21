package fr.tierslieux.inclusion.kit;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire;

/** People followed by an agence, and their referrals. */
@Component
public class BeneficiaireKit {

	private final BeneficiaireService beneficiaires;

	private final OrientationService orientations;

	BeneficiaireKit(BeneficiaireService beneficiaires, OrientationService orientations) {
		this.beneficiaires = beneficiaires;
		this.orientations = orientations;
	}

	public Long beneficiaire(Long agence, String nom, String prenom) {
		return beneficiaires.enregistrer(agence, null, nom, prenom, null, null, ProfilBeneficiaire.INTERMEDIAIRE,
				true, LocalDate.of(2025, 12, 1));
	}

	/** A referral, proposed. */
	public Long orienter(Long beneficiaire, Long parcours) {
		return orientations.orienter(BinomeKit.COORDINATION, null, beneficiaire, parcours, null);
	}

}
