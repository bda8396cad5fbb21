/**
 * The reference page of the performance measurements: TechEmpower's "Fortunes" on this
 * platform's own stack, so that each page's throughput is read as a ratio to it.
 */
package fr.tierslieux.inclusion.reference;
