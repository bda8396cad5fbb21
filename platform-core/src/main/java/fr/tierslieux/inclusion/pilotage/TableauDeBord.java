package fr.tierslieux.inclusion.pilotage;

import java.util.List;

/**
 * The coordinator's and pilote's figures: totals, by typologie de parcours, by
 * département.
 */
public record TableauDeBord(Indicateurs totaux, List<Repartition> parTypologie, List<Repartition> parDepartement) {
}
