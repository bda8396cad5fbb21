package fr.tierslieux.inclusion.presence;

import java.util.Set;

/** What the facilitator records for each person at each atelier. */
public enum PresenceStatut {

	PRESENT, ABSENT, EXCUSE, EN_RETARD;

	/** Statuses that mean the person attended. */
	public static final Set<PresenceStatut> PRESENTS = Set.of(PRESENT, EN_RETARD);

}
