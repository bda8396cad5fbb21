/**
 * Accounts, roles and the perimeter (régions, agence, tiers-lieu) each account may see.
 */
package fr.tierslieux.inclusion.compte;
