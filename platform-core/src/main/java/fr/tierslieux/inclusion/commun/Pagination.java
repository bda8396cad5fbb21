package fr.tierslieux.inclusion.commun;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** A page asked for by a user, kept within sane bounds whatever the URL says. */
public record Pagination(int page, int taille) {

	public static final int TAILLE_PAR_DEFAUT = 25;

	public static final int TAILLE_MAX = 100;

	/**
	 * Beyond this page the offset would overflow the database's; nobody pages that far by
	 * hand.
	 */
	public static final int PAGE_MAX = 1_000_000;

	public Pagination {
		page = Math.min(Math.max(page, 0), PAGE_MAX);
		taille = taille <= 0 ? TAILLE_PAR_DEFAUT : Math.min(taille, TAILLE_MAX);
	}

	public static Pagination premiere() {
		return new Pagination(0, TAILLE_PAR_DEFAUT);
	}

	public static Pagination page(int page) {
		return new Pagination(page, TAILLE_PAR_DEFAUT);
	}

	public Pageable pageable() {
		return PageRequest.of(page, taille);
	}

}
