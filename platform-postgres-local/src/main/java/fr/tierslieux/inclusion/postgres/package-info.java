/**
 * PostgreSQL on a laptop and in tests: embedded PostgreSQL 17 when no external database
 * is configured.
 */
package fr.tierslieux.inclusion.postgres;
