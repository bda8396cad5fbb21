package fr.tierslieux.inclusion.kit;

import java.util.Map;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.presence.PresenceService;
import fr.tierslieux.inclusion.presence.PresenceStatut;

/** Lines of sign-in sheets. */
@Component
public class PresenceKit {

	private final PresenceService presences;

	PresenceKit(PresenceService presences) {
		this.presences = presences;
	}

	public void emarger(Long atelier, Long beneficiaire, PresenceStatut statut) {
		presences.emarger(BinomeKit.COORDINATION, atelier, Map.of(beneficiaire, statut));
	}

}
