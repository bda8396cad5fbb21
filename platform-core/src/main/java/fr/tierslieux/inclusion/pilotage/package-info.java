/**
 * Key figures and breakdowns of the dashboards, always computed from the records in
 * scope.
 */
package fr.tierslieux.inclusion.pilotage;
