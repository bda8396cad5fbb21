package fr.tierslieux.inclusion.beneficiaire;

import java.util.EnumSet;
import java.util.Set;

import fr.tierslieux.inclusion.compte.Role;

/**
 * Who may move a referral to which status. The receiving binôme (its tiers-lieu, its
 * coordination) decides and runs the parcours; the referring side may only record that
 * the person gave up. Pilotes only read figures.
 */
final class OrientationPermissions {

	private OrientationPermissions() {
	}

	/**
	 * @param duBinome whether the account belongs to the binôme that runs the parcours
	 * (rather than only to the person's agence)
	 */
	static Set<OrientationStatut> statutsPossibles(Role role, OrientationStatut statut, boolean duBinome) {
		Set<OrientationStatut> possibles = EnumSet.noneOf(OrientationStatut.class);
		possibles.addAll(statut.suivants());
		switch (role) {
			case ADMIN -> {
			}
			case COORDINATEUR, FACILITATEUR -> {
				if (!duBinome) {
					possibles.retainAll(EnumSet.of(OrientationStatut.ABANDON));
				}
			}
			case CONSEILLER -> possibles.retainAll(EnumSet.of(OrientationStatut.ABANDON));
			case PILOTE -> possibles.clear();
		}
		return possibles;
	}

}
