package fr.tierslieux.inclusion.kit;

import java.util.concurrent.atomic.AtomicInteger;

/** Names and codes no other test of the run uses, so tests never see each other's records. */
public final class Unique {

	private static final AtomicInteger COMPTEUR = new AtomicInteger();

	/**
	 * Codes count apart from names: 36² codes per prefix, which the names' counter alone
	 * would run through.
	 */
	private static final AtomicInteger CODES = new AtomicInteger();

	private Unique() {
	}

	/** Two base-36 characters after a letter: fits the three characters of an INSEE code. */
	static String code(char prefixe) {
		return prefixe + String.format("%2s", Integer.toString(CODES.incrementAndGet(), 36)).replace(' ', '0');
	}

	public static int numero() {
		return COMPTEUR.incrementAndGet();
	}

}
