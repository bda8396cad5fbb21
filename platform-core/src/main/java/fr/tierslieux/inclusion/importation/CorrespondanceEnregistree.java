package fr.tierslieux.inclusion.importation;

import java.util.Map;

/** A column mapping a user saved: field → column of the file. */
public record CorrespondanceEnregistree(Long id, String nom, Map<String, String> colonnes) {

}
