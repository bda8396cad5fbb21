package fr.tierslieux.inclusion.progression;

import java.util.Set;

/** A person's situation after the parcours, as France Travail follows it. */
public enum Situation {

	EMPLOI_DURABLE, EMPLOI_TRANSITION, FORMATION, CREATION_ACTIVITE, EN_RECHERCHE, AUTRE;

	/** Situations that count as a positive outcome ("sorties dynamiques"). */
	public static final Set<Situation> DYNAMIQUES = Set.of(EMPLOI_DURABLE, EMPLOI_TRANSITION, FORMATION,
			CREATION_ACTIVITE);

}
