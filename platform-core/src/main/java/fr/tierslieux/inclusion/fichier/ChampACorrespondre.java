package fr.tierslieux.inclusion.fichier;

/**
 * A field an import fills from the column of the file the user points to.
 *
 * @param nom the field's name, in the mapping and the messages
 */
public record ChampACorrespondre(String nom, boolean obligatoire) {
}
