package fr.tierslieux.inclusion.repertoire;

/** One option of a filter: its code and what the list shows. */
public record Choix(String code, String libelle) {

}
