package fr.tierslieux.inclusion.commun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a long list read by key, with how to reach its neighbours and how many rows
 * the whole list holds.
 *
 * @param lignes the rows, in the list's order
 * @param total the number of rows of the whole list
 * @param precedente the cursor of the page before, or null on the first page
 * @param suivante the cursor of the page after, or null on the last page
 */
public record Tranche<T>(List<T> lignes, Comptage total, Curseur precedente, Curseur suivante) {

	public Tranche {
		lignes = List.copyOf(lignes);
	}

	/**
	 * Builds the page from the rows a list read for a cursor: one more than a page, in
	 * the direction of reading (backwards when going back), so that the extra row tells
	 * whether the list goes on.
	 */
	public static <T> Tranche<T> lue(List<T> luesPlusUne, Curseur curseur, Comptage total, Function<T, Long> id) {
		boolean auDela = luesPlusUne.size() > curseur.taille();
		List<T> lignes = new ArrayList<>(luesPlusUne.subList(0, Math.min(luesPlusUne.size(), curseur.taille())));
		if (curseur.enArriere()) {
			Collections.reverse(lignes);
		}
		boolean avant = curseur.enArriere() ? auDela : curseur.apres() != null;
		boolean apres = curseur.enArriere() || auDela;
		if (lignes.isEmpty()) {
			return new Tranche<>(lignes, total, curseur.repere() == null ? null : Curseur.debut(curseur.taille()),
					null);
		}
		return new Tranche<>(lignes, total, avant ? curseur.precedente(id.apply(lignes.get(0))) : null,
				apres ? curseur.suivante(id.apply(lignes.get(lignes.size() - 1))) : null);
	}

	/** What each row gives, in the list's order (their ids, say). */
	public <R> List<R> map(Function<? super T, ? extends R> fonction) {
		return lignes.stream().<R>map(fonction).toList();
	}

	public boolean estVide() {
		return lignes.isEmpty();
	}

	/**
	 * How many rows a list holds, counted up to a ceiling: beyond it, counting a region's
	 * hundred thousand people at every page would cost more than the page itself, and
	 * "more than 1,000" is what a reader needs to know (the dashboard gives exact
	 * figures).
	 *
	 * @param nombre the rows counted, at most {@link #PLAFOND}
	 * @param auMoins whether the list holds more than that
	 */
	public record Comptage(long nombre, boolean auMoins) {

		public static final int PLAFOND = 1_000;

		/**
		 * The first page that holds every row counts itself; any other runs the count.
		 * @param lues the rows the page read (one more than a page when the list goes on)
		 * @param compter runs a query made by {@link #requete(String)}
		 */
		public static Comptage de(Curseur curseur, int lues, LongSupplier compter) {
			return curseur.repere() == null && lues <= curseur.taille() ? plafonne(lues)
					: plafonne(compter.getAsLong());
		}

		/** SQL counting the rows the query selects, up to the ceiling and one more. */
		public static String requete(String lignes) {
			return "select count(*) from (" + lignes + " limit " + (PLAFOND + 1) + ") c";
		}

		/** From a count made with {@code limit PLAFOND + 1}. */
		public static Comptage plafonne(long compte) {
			return compte > PLAFOND ? new Comptage(PLAFOND, true) : new Comptage(compte, false);
		}

	}

}
