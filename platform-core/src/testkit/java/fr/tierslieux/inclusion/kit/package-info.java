/**
 * Test data kits: small builders, one per feature, that create records through the
 * features' services, as a user would, with names no other test uses. Tests build what
 * they assert on instead of leaning on the demo's totals.
 */
package fr.tierslieux.inclusion.kit;
