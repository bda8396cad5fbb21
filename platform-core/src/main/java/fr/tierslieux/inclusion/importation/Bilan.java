package fr.tierslieux.inclusion.importation;

/** The counts of an import, as previewed or as done. */
public record Bilan(int lignes, int nouvelles, int modifiees, int inchangees, int rejetees, int avertissements) {

}
