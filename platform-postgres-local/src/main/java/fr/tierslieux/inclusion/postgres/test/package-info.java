/**
 * The one PostgreSQL every test of a run shares: Testcontainers when Docker answers, else
 * embedded.
 */
package fr.tierslieux.inclusion.postgres.test;
