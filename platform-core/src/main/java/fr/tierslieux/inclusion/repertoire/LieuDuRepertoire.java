package fr.tierslieux.inclusion.repertoire;

import java.util.List;

/**
 * One row of the directory.
 *
 * @param genres the typologies of a tiers-lieu, the kind of site of an agence
 * @param distanceKm from the commune asked for, when the list is sorted by distance
 */
public record LieuDuRepertoire(Long id, String nom, String commune, String codePostal, String departement,
		List<String> genres, String source, Double distanceKm) {

}
