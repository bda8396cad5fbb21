/**
 * Imports of real referentials (INSEE geography, France Travail sites, tiers-lieux from
 * the CGET census, the médiation numérique standard or any CSV list): a preview of the
 * problems before anything is written, a report line by line, good rows kept, idempotent
 * re-runs. Each feature that owns a table provides its
 * {@link fr.tierslieux.inclusion.importation.Importeur}.
 */
package fr.tierslieux.inclusion.importation;
