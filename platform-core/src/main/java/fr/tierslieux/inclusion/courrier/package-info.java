/**
 * Mail the platform sends (invitations, notifications), through the configured SMTP
 * server.
 */
package fr.tierslieux.inclusion.courrier;
