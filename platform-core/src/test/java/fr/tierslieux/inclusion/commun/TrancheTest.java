package fr.tierslieux.inclusion.commun;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import fr.tierslieux.inclusion.commun.Tranche.Comptage;

import static org.assertj.core.api.Assertions.assertThat;

/** How a page read by key finds its neighbours from the rows read. */
class TrancheTest {

	static final Comptage TOTAL = new Comptage(7, false);

	static List<Long> ids(long de, long a) {
		return LongStream.rangeClosed(de, a).boxed().toList();
	}

	@Test
	void the_first_page_has_a_next_page_when_one_row_more_was_read() {
		Tranche<Long> page = Tranche.lue(ids(1, 4), Curseur.debut(3), TOTAL, id -> id);

		assertThat(page.lignes()).containsExactly(1L, 2L, 3L);
		assertThat(page.precedente()).isNull();
		assertThat(page.suivante()).isEqualTo(new Curseur(3L, null, 3));
	}

	@Test
	void a_page_after_a_row_has_a_previous_page_and_ends_the_list_when_nothing_more_was_read() {
		Tranche<Long> page = Tranche.lue(ids(7, 7), new Curseur(6L, null, 3), TOTAL, id -> id);

		assertThat(page.lignes()).containsExactly(7L);
		assertThat(page.precedente()).isEqualTo(new Curseur(null, 7L, 3));
		assertThat(page.suivante()).isNull();
	}

	/** Going back, rows are read backwards, and put back in order. */
	@Test
	void a_page_before_a_row_is_put_back_in_order() {
		Tranche<Long> page = Tranche.lue(List.of(6L, 5L, 4L, 3L), new Curseur(null, 7L, 3), TOTAL, id -> id);

		assertThat(page.lignes()).containsExactly(4L, 5L, 6L);
		assertThat(page.precedente()).isEqualTo(new Curseur(null, 4L, 3));
		assertThat(page.suivante()).isEqualTo(new Curseur(6L, null, 3));
	}

	@Test
	void an_empty_page_after_a_row_leads_back_to_the_start() {
		Tranche<Long> page = Tranche.lue(List.of(), new Curseur(99L, null, 3), TOTAL, id -> id);

		assertThat(page.estVide()).isTrue();
		assertThat(page.precedente()).isEqualTo(Curseur.debut(3));
		assertThat(page.suivante()).isNull();
	}

	@Test
	void a_count_beyond_the_ceiling_says_more_than_the_ceiling() {
		assertThat(Comptage.plafonne(Comptage.PLAFOND)).isEqualTo(new Comptage(Comptage.PLAFOND, false));
		assertThat(Comptage.plafonne(Comptage.PLAFOND + 1)).isEqualTo(new Comptage(Comptage.PLAFOND, true));
	}

	@Test
	void a_cursor_keeps_its_size_within_bounds_and_goes_forward_when_given_both_ways() {
		assertThat(new Curseur(1L, 2L, 0)).isEqualTo(new Curseur(1L, null, Curseur.TAILLE_PAR_DEFAUT));
		assertThat(new Curseur(null, null, 100_000).taille()).isEqualTo(Curseur.TAILLE_MAX);
	}

}
