package fr.tierslieux.inclusion.compte;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.compte.GestionDesComptes.CompteLigne;
import fr.tierslieux.inclusion.compte.InvitationService.InvitationLigne;
import fr.tierslieux.inclusion.compte.InvitationService.StructureProposee;
import fr.tierslieux.inclusion.territoire.Region;
import fr.tierslieux.inclusion.territoire.TerritoireService;

/**
 * Everything the accounts page shows, read in one transaction on one connection: under
 * load, four transactions per page (each its own begin, commit and wait for the pool)
 * cost more than their queries.
 */
@Service
@Transactional(readOnly = true)
public class PageDesComptes {

	private final GestionDesComptes comptes;

	private final InvitationService invitations;

	private final TerritoireService territoire;

	PageDesComptes(GestionDesComptes comptes, InvitationService invitations, TerritoireService territoire) {
		this.comptes = comptes;
		this.invitations = invitations;
		this.territoire = territoire;
	}

	/**
	 * @param region the région whose structures the invitation form offers; the reader's
	 * only one when they have one
	 */
	public Contenu lire(Perimetre qui, String texte, Curseur curseur, String region) {
		List<Region> regions = regionsGerees(qui);
		String choisie = region != null && regions.stream().anyMatch(r -> r.getCode().equals(region)) ? region
				: regions.size() == 1 ? regions.get(0).getCode() : null;
		return new Contenu(comptes.comptes(qui, texte, curseur), invitations.invitations(qui), regions, choisie,
				invitations.structures(qui, choisie));
	}

	/** The régions whose people the reader manages (every one for an admin). */
	public List<Region> regionsGerees(Perimetre qui) {
		return territoire.regions().stream().filter(r -> qui.coordonne(r.getCode())).toList();
	}

	/**
	 * @param regionChoisie the région of the invitation form, or null until one is chosen
	 * @param structures its structures
	 */
	public record Contenu(Tranche<CompteLigne> comptes, List<InvitationLigne> invitations, List<Region> regions,
			String regionChoisie, List<StructureProposee> structures) {
	}

}
