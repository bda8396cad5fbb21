/**
 * Performance tooling: the national-scale dataset generator (and, later, the benchmark
 * that runs against it).
 */
package fr.tierslieux.inclusion.bench;
