package fr.tierslieux.inclusion.repertoire;

import java.time.LocalDate;

/**
 * A tiers-lieu's page.
 *
 * @param modifiable whether the reader may edit its profile (its coordination, its
 * facilitators, an administrator)
 */
public record FicheTiersLieu(Long id, String nom, String adresse, String codePostal, String commune, String departement,
		String region, String reseau, String siret, String source, LocalDate misAJourLe, String services,
		ProfilTiersLieu profil, long version, boolean modifiable) {

}
