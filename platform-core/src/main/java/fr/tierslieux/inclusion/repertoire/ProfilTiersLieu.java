package fr.tierslieux.inclusion.repertoire;

import java.util.Set;

import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;

/**
 * What a tiers-lieu says of itself, as its coordination or its facilitators edit it.
 *
 * @param reseauId the network it belongs to, if any (one of its région or a national one)
 */
public record ProfilTiersLieu(TiersLieuRole role, Set<TiersLieuTypologie> typologies, Integer capaciteAccueil,
		String equipements, boolean accessiblePmr, String accessibilite, String siteWeb, String telephone,
		String courriels, String horaires, String presentation, Long reseauId) {

	public ProfilTiersLieu {
		typologies = typologies == null ? Set.of() : Set.copyOf(typologies);
	}

}
