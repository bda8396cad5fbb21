package fr.tierslieux.inclusion.restitution;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.tierslieux.inclusion.progression.Situation;

import static org.assertj.core.api.Assertions.assertThat;

/** Statistical secrecy: what a reader could deduce from what is shown is hidden too. */
class SecretTest {

	@Test
	void counts_of_one_to_four_people_are_hidden_zero_and_five_are_shown() {
		assertThat(Secret.compte(0)).isZero();
		assertThat(Secret.compte(1)).isNull();
		assertThat(Secret.compte(4)).isNull();
		assertThat(Secret.compte(5)).isEqualTo(5);
		assertThat(Secret.taux(3, 4, 4)).as("un taux sur 4 personnes").isNull();
		assertThat(Secret.taux(2, 3, 5)).isEqualTo(67);
		assertThat(Secret.taux(0, 0, 8)).isNull();
	}

	@Test
	void a_single_hidden_cell_takes_the_next_smallest_with_it_so_the_total_cannot_give_it_back() {
		Map<Situation, Long> comptes = new EnumMap<>(Situation.class);
		comptes.put(Situation.EMPLOI_DURABLE, 12L);
		comptes.put(Situation.FORMATION, 7L);
		comptes.put(Situation.CREATION_ACTIVITE, 2L);
		comptes.put(Situation.AUTRE, 0L);

		Map<Situation, Long> masquee = Secret.repartition(Situation.class, comptes);

		assertThat(masquee).containsEntry(Situation.EMPLOI_DURABLE, 12L)
			.containsEntry(Situation.FORMATION, null)
			.containsEntry(Situation.CREATION_ACTIVITE, null)
			.containsEntry(Situation.AUTRE, 0L);
	}

}
