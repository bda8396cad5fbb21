package fr.tierslieux.inclusion.commun;

/**
 * Where a user is in a long list read page after page (keyset pagination): the first
 * page, the page after a row or the page before it, named by the row's id. Unlike an
 * offset, reading the thousandth page costs what the first one does; the id names a row
 * the reader may see, and a list only honours it within the reader's perimeter.
 *
 * @param apres the id of the last row already seen, or null
 * @param avant the id of the first row of the page the user comes back from, or null
 * @param taille rows per page, kept within sane bounds whatever the URL says
 */
public record Curseur(Long apres, Long avant, int taille) {

	public static final int TAILLE_PAR_DEFAUT = 25;

	public static final int TAILLE_MAX = 100;

	public Curseur {
		if (apres != null && avant != null) {
			avant = null; // a hand-made URL with both: going forward wins
		}
		taille = taille <= 0 ? TAILLE_PAR_DEFAUT : Math.min(taille, TAILLE_MAX);
	}

	public static Curseur debut() {
		return new Curseur(null, null, TAILLE_PAR_DEFAUT);
	}

	public static Curseur debut(int taille) {
		return new Curseur(null, null, taille);
	}

	public static Curseur de(Long apres, Long avant) {
		return new Curseur(apres, avant, TAILLE_PAR_DEFAUT);
	}

	public Curseur suivante(Long apresLaLigne) {
		return new Curseur(apresLaLigne, null, taille);
	}

	public Curseur precedente(Long avantLaLigne) {
		return new Curseur(null, avantLaLigne, taille);
	}

	public boolean enArriere() {
		return avant != null;
	}

	/** The row the page starts after (or, going back, ends before), if any. */
	public Long repere() {
		return avant != null ? avant : apres;
	}

}
