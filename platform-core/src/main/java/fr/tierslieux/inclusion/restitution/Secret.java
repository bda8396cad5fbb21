package fr.tierslieux.inclusion.restitution;

import java.util.EnumMap;
import java.util.Map;

/**
 * Statistical secrecy: a figure about fewer than {@value #SEUIL} people is not shown (a
 * null the page writes "moins de 5"), nor a rate computed on them.
 */
public final class Secret {

	public static final int SEUIL = 5;

	private Secret() {
	}

	/** The count, or null when it is about 1 to 4 people. */
	public static Long compte(long personnes) {
		return personnes > 0 && personnes < SEUIL ? null : personnes;
	}

	/**
	 * {@code part / tout} in whole percent, or null on fewer than 5 people or nothing.
	 */
	public static Integer taux(long part, long tout, long personnes) {
		if (personnes < SEUIL || tout == 0) {
			return null;
		}
		return (int) Math.round(100.0 * part / tout);
	}

	/**
	 * A distribution with its small cells hidden; when only one is, the next smallest
	 * too, so that the total cannot give it back.
	 */
	public static <K extends Enum<K>> Map<K, Long> repartition(Class<K> type, Map<K, Long> comptes) {
		Map<K, Long> masquee = new EnumMap<>(type);
		comptes.forEach((cle, n) -> masquee.put(cle, compte(n)));
		if (masquee.values().stream().filter(n -> n == null).count() == 1) {
			masquee.entrySet()
				.stream()
				.filter(e -> e.getValue() != null && e.getValue() > 0)
				.min(Map.Entry.comparingByValue())
				.ifPresent(e -> masquee.put(e.getKey(), null));
		}
		return masquee;
	}

}
