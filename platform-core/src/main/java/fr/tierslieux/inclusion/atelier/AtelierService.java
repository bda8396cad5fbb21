package fr.tierslieux.inclusion.atelier;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.Pagination;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.presence.PresenceStatut;

/**
 * Lists the ateliers a person may see: a tiers-lieu's, an agence's binômes', a région's.
 */
@Service
@Transactional(readOnly = true)
public class AtelierService {

	private final AtelierRepository ateliers;

	AtelierService(AtelierRepository ateliers) {
		this.ateliers = ateliers;
	}

	/** Newest first, with the number of people expected and present at each. */
	public Page<AtelierLigne> ateliers(Perimetre perimetre, Pagination pagination) {
		return ateliers.findLignes(perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
				perimetre.tiersLieuxOuAucun(), PresenceStatut.PRESENTS, pagination.pageable());
	}

}
