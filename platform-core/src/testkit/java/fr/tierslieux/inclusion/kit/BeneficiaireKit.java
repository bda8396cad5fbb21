package fr.tierslieux.inclusion.kit;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Perimetre;

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

	/**
	 * A person of the counsellor's agence referred by them to the parcours, the referral
	 * then moved by the tiers-lieu to the given status: refused, accepted, or accepted then
	 * begun (proposed when null).
	 */
	public Long oriente(Long agence, Connecte conseiller, Perimetre tiersLieu, String nom, String email, Long parcours,
			OrientationStatut statut) {
		Long personne = beneficiaires.enregistrer(agence, conseiller.id(), nom, "Alex", email, null,
				ProfilBeneficiaire.INTERMEDIAIRE, true, LocalDate.of(2025, 12, 1));
		Long orientation = orientations.orienter(conseiller.perimetre(), conseiller.id(), personne, parcours, null);
		if (statut == OrientationStatut.REFUSEE) {
			orientations.changerStatut(tiersLieu, orientation, 0, OrientationStatut.REFUSEE, "Complet");
		}
		if (statut == OrientationStatut.ACCEPTEE || statut == OrientationStatut.EN_PARCOURS) {
			orientations.changerStatut(tiersLieu, orientation, 0, OrientationStatut.ACCEPTEE, null);
		}
		if (statut == OrientationStatut.EN_PARCOURS) {
			orientations.changerStatut(tiersLieu, orientation, 1, OrientationStatut.EN_PARCOURS, null);
		}
		return personne;
	}

	/** A referral, proposed. */
	/** A new person referred by the running parcours' counsellor, taken to {@code statut}. */
	public Long oriente(ParcoursEnCoursKit.ParcoursEnCours enCours, String nom, String email,
			OrientationStatut statut) {
		return oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(), nom, email,
				enCours.parcours().id(), statut);
	}

	public Long orienter(Long beneficiaire, Long parcours) {
		return orientations.orienter(BinomeKit.COORDINATION, null, beneficiaire, parcours, null);
	}

}
