package fr.tierslieux.inclusion.pilotage;

/**
 * One line of a breakdown.
 *
 * @param cle the typologie's enum name or the département's code
 * @param libelle the département's name; null for typologies, which the UI names itself
 */
public record Repartition(String cle, String libelle, Indicateurs indicateurs) {
}
