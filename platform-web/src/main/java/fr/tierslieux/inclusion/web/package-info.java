/**
 * Cross-cutting web code: security, the signed-in account, errors, formats for templates.
 */
package fr.tierslieux.inclusion.web;
