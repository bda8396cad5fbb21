/** Vagues and binômes (agence + tiers-lieu) with their phase T0 to T4. */
package fr.tierslieux.inclusion.binome;
