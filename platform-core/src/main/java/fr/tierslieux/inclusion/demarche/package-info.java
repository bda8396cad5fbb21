/**
 * T3, evaluating the approach itself: the questionnaire the coordination writes for a
 * vague, answered by each binôme's two sides, read side by side.
 */
package fr.tierslieux.inclusion.demarche;
