/** Attendance (émargement) of a bénéficiaire at an atelier. */
package fr.tierslieux.inclusion.presence;
