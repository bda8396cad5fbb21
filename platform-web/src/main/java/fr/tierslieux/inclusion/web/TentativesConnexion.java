package fr.tierslieux.inclusion.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@value #ECHECS_MAX} wrong passwords within
 * {@link #FENETRE}, the identifier is locked for the rest of that window, right password
 * or not. Unknown identifiers are counted too, so that a lock tells nothing about which
 * accounts exist. Kept in memory, per instance: enough against guessing at one door, to
 * move to the database when several instances run.
 */
@Component
class TentativesConnexion {

	static final int ECHECS_MAX = 5;

	static final Duration FENETRE = Duration.ofMinutes(15);

	/**
	 * Beyond this many identifiers, expired ones are swept so the map cannot grow without
	 * bound.
	 */
	private static final int NETTOYAGE_AU_DELA_DE = 10_000;

	private final Map<String, Echecs> echecs = new ConcurrentHashMap<>();

	private final Clock clock;

	TentativesConnexion(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void echec(AuthenticationFailureBadCredentialsEvent event) {
		Instant maintenant = clock.instant();
		if (echecs.size() > NETTOYAGE_AU_DELA_DE) {
			echecs.values().removeIf(e -> e.expire(maintenant));
		}
		echecs.merge(cle(event.getAuthentication().getName()), new Echecs(1, maintenant), (ancien,
				nouveau) -> ancien.expire(maintenant) ? nouveau : new Echecs(ancien.nombre() + 1, ancien.debut()));
	}

	@EventListener
	void succes(AuthenticationSuccessEvent event) {
		echecs.remove(cle(event.getAuthentication().getName()));
	}

	boolean bloque(String identifiant) {
		Echecs e = echecs.get(cle(identifiant));
		return e != null && !e.expire(clock.instant()) && e.nombre() >= ECHECS_MAX;
	}

	private static String cle(String identifiant) {
		return identifiant == null ? "" : identifiant.strip().toLowerCase(Locale.ROOT);
	}

	private record Echecs(int nombre, Instant debut) {

		boolean expire(Instant maintenant) {
			return debut.plus(FENETRE).isBefore(maintenant);
		}

	}

}
