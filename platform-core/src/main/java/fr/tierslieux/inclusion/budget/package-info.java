/**
 * The money of a vague: its versioned tariff table, the conventions between France
 * Travail and the tiers-lieux, what is committed and paid on them, and the budget report
 * built from those records.
 */
package fr.tierslieux.inclusion.budget;
