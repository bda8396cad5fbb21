/** Small types shared by every feature. */
package fr.tierslieux.inclusion.commun;
