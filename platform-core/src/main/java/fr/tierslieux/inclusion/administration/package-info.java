/**
 * The platform's administration by its admins: the reason catalogues, the information
 * notice's versions, the settings, and the journal of every administration change.
 */
package fr.tierslieux.inclusion.administration;
