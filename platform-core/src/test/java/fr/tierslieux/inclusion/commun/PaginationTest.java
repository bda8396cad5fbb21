package fr.tierslieux.inclusion.commun;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTest {

	@Test
	void a_page_asked_for_in_the_url_stays_within_bounds() {
		assertThat(new Pagination(-3, 0)).isEqualTo(new Pagination(0, Pagination.TAILLE_PAR_DEFAUT));
		assertThat(new Pagination(2, 100_000).taille()).isEqualTo(Pagination.TAILLE_MAX);
		assertThat(new Pagination(2, 10).pageable().getOffset()).isEqualTo(20);
		// the database's offset is an int: page 2 147 483 647 of 100 rows would overflow
		// it
		assertThat(new Pagination(Integer.MAX_VALUE, Pagination.TAILLE_MAX).pageable().getOffset())
			.isLessThan(Integer.MAX_VALUE);
	}

}
