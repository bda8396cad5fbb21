/**
 * Demo data: the Île-de-France experimentation of 2020–2021 described in the guide
 * "Parcours d'inclusion numérique en tiers-lieux", loaded on first start in demo mode.
 * People are fictitious.
 */
package fr.tierslieux.inclusion.demo;
