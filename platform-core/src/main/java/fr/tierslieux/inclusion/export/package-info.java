/**
 * Activity exports (parcours, ateliers, attendance, referrals) for the people who hand
 * them to funders: pseudonymised unless a role entitled to the people asks for names,
 * streamed in constant memory, produced in the background past a threshold and kept
 * behind an expiring link; every export is recorded and audited.
 */
package fr.tierslieux.inclusion.export;
