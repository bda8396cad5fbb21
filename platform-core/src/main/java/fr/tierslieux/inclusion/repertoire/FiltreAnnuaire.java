package fr.tierslieux.inclusion.repertoire;

import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.commun.Saisie;

/**
 * What the directory is filtered by; each criterion is optional.
 *
 * @param texte part of the name or of the commune
 */
public record FiltreAnnuaire(String region, String departement, TiersLieuTypologie typologie, String texte) {

	public static final int TEXTE_MAX = 100;

	public FiltreAnnuaire {
		region = vide(region);
		departement = vide(departement);
		texte = vide(Saisie.nettoyer(texte, TEXTE_MAX));
	}

	public static FiltreAnnuaire aucun() {
		return new FiltreAnnuaire(null, null, null, null);
	}

	private static String vide(String texte) {
		return texte == null || texte.isBlank() ? null : texte.strip();
	}

}
