/**
 * The directory of agences and tiers-lieux: search and filters, the nearest places from a
 * commune without a map, a tiers-lieu's profile edited by its coordination and its own
 * facilitators, and the export in the national médiation numérique standard.
 */
package fr.tierslieux.inclusion.repertoire;
