package fr.tierslieux.inclusion.reference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.tierslieux.inclusion.CoreTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference page does TechEmpower's Fortunes work, no less: 12 rows, one added,
 * sorted.
 */
@CoreTest
class ReferenceServiceTest {

	@Autowired
	ReferenceService reference;

	@Test
	void thirteen_fortunes_sorted_by_message_one_of_them_added_at_request_time() {
		assertThat(reference.fortunes()).hasSize(13)
			.extracting(Fortune::getMessage)
			.isSorted()
			.contains(ReferenceService.AJOUTEE, "フレームワークのベンチマーク");
	}

}
