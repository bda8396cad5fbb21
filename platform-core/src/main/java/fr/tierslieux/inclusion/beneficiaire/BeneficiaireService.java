package fr.tierslieux.inclusion.beneficiaire;

import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Pagination;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.presence.PresenceStatut;

/**
 * Reads bénéficiaires within the caller's perimeter. A record outside it is reported as
 * not found, exactly like one that does not exist. Every read of a person's page is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class BeneficiaireService {

	static final String OBJET = "BENEFICIAIRE";

	private final BeneficiaireRepository beneficiaires;

	private final AuditService audit;

	BeneficiaireService(BeneficiaireRepository beneficiaires, AuditService audit) {
		this.beneficiaires = beneficiaires;
		this.audit = audit;
	}

	/**
	 * Sorted by name; {@code recherche} matches the start of the nom or prénom, any case.
	 */
	public Page<BeneficiaireLigne> beneficiaires(Perimetre perimetre, String recherche, Pagination pagination) {
		verifierAcces(perimetre);
		return beneficiaires.findLignes(perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
				perimetre.tiersLieuxOuAucun(), motif(recherche), PresenceStatut.PRESENTS, pagination.pageable());
	}

	public BeneficiaireFiche fiche(Perimetre perimetre, Long id) {
		verifierAcces(perimetre);
		Beneficiaire b = beneficiaires
			.findDansPerimetre(id, perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
					perimetre.tiersLieuxOuAucun())
			.orElseThrow(() -> new IntrouvableException("Bénéficiaire", id));
		audit.journaliser(perimetre.identifiant(), AuditService.LECTURE, OBJET, b.getId());
		return new BeneficiaireFiche(b.getId(), b.getNom(), b.getPrenom(), b.getEmail(), b.getTelephone(),
				b.getAgence().getNom(), b.getConseiller() == null ? null : b.getConseiller().getNomAffiche(),
				b.getProfil(), b.isAvecPrerequis(), b.getDateConsentement(),
				beneficiaires.findOrientations(b.getId(), PresenceStatut.PRESENTS));
	}

	private static void verifierAcces(Perimetre perimetre) {
		if (!perimetre.accedeAuxPersonnes()) {
			throw new AccesRefuseException("Ce rôle n'accède pas aux données personnelles");
		}
	}

	private static String motif(String recherche) {
		if (recherche == null || recherche.isBlank()) {
			return "";
		}
		String echappe = recherche.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return echappe + "%";
	}

}
