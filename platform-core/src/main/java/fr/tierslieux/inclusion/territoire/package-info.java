/** Régions and départements of the INSEE Code officiel géographique. */
package fr.tierslieux.inclusion.territoire;
