package fr.tierslieux.inclusion.progression;

/**
 * A criterion as the form sends it.
 *
 * @param competence the key of a Pix or DigComp card ({@code PIX:1.1}), or blank
 */
public record NouveauCritere(String libelle, String competence) {
}
