/**
 * The fiche navette: threads of messages between the agence and the tiers-lieu of a
 * binôme, about the binôme or about a person it receives, with unread markers.
 */
package fr.tierslieux.inclusion.navette;
