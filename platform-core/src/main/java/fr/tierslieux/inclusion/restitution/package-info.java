/**
 * T4, sharing what a vague learnt: its restitution, computed from pseudonymised
 * aggregates only (no group of fewer than five people shown), with the testimonies their
 * authors agreed to publish and the notes of the collective restitution workshop.
 */
package fr.tierslieux.inclusion.restitution;
