package fr.tierslieux.inclusion.courrier;

/** A plain-text mail to one person. */
public record Courriel(String destinataire, String sujet, String texte) {

}
