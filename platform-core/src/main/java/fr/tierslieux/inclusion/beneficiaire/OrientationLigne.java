package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.tierslieux.inclusion.commun.Transition;

/**
 * One referral of a bénéficiaire, as the reader may see it.
 *
 * @param duBinome whether the reader belongs to the binôme running the parcours
 * @param statutsPossibles where the reader may move it from here
 * @param historique its timeline, oldest first
 */
public record OrientationLigne(Long id, Long parcoursId, Long binomeId, String parcours, String tiersLieu,
		OrientationStatut statut, Instant orienteeLe, long version, boolean duBinome,
		Set<OrientationStatut> statutsPossibles, List<Transition<OrientationStatut>> historique) {

	/** As the query reads it, before permissions and timeline are added. */
	public OrientationLigne(Long id, Long parcoursId, Long binomeId, String parcours, String tiersLieu,
			OrientationStatut statut, Instant orienteeLe, long version, boolean duBinome) {
		this(id, parcoursId, binomeId, parcours, tiersLieu, statut, orienteeLe, version, duBinome, Set.of(), List.of());
	}

	OrientationLigne avec(Set<OrientationStatut> possibles, List<Transition<OrientationStatut>> transitions) {
		return new OrientationLigne(id, parcoursId, binomeId, parcours, tiersLieu, statut, orienteeLe, version,
				duBinome, possibles, transitions);
	}

}
