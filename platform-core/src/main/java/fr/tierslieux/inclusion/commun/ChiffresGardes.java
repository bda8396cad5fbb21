package fr.tierslieux.inclusion.commun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Figures computed at most once per freshness period and key: a page read by many (a
 * région's coordination and directions, the public) would otherwise aggregate the same
 * records for each of them. While one request computes them again, the others get the
 * previous ones; the page says when they were computed. Bounded: past its capacity the
 * kept figures are dropped and computed again on demand.
 */
public final class ChiffresGardes<K, V> {

	private final Duration fraicheur;

	private final Clock horloge;

	private final int capacite;

	private final ConcurrentHashMap<K, Garde<V>> gardes = new ConcurrentHashMap<>();

	public ChiffresGardes(Duration fraicheur, Clock horloge, int capacite) {
		this.fraicheur = fraicheur;
		this.horloge = horloge;
		this.capacite = capacite;
	}

	/** The figures kept for the key if fresh, else those {@code calcul} gives now. */
	public V lire(K cle, Supplier<V> calcul) {
		Garde<V> garde = gardes.get(cle);
		Instant maintenant = horloge.instant();
		if (garde != null
				&& (maintenant.isBefore(garde.le().plus(fraicheur)) || !garde.recalcul().compareAndSet(false, true))) {
			return garde.valeur();
		}
		try {
			V valeur = calcul.get();
			if (gardes.size() >= capacite) {
				gardes.clear();
			}
			gardes.put(cle, new Garde<>(valeur, maintenant, new AtomicBoolean()));
			return valeur;
		}
		catch (RuntimeException echec) {
			if (garde != null) {
				garde.recalcul().set(false);
			}
			throw echec;
		}
	}

	/** Forgets the figures of a key, after a change its readers must see at once. */
	public void oublier(K cle) {
		gardes.remove(cle);
	}

	/** Forgets the figures of every key that a change touches. */
	public void oublierSi(Predicate<K> touchee) {
		gardes.keySet().removeIf(touchee);
	}

	private record Garde<V>(V valeur, Instant le, AtomicBoolean recalcul) {
	}

}
