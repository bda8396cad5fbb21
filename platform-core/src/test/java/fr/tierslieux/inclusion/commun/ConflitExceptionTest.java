package fr.tierslieux.inclusion.commun;

import org.junit.jupiter.api.Test;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConflitExceptionTest {

	/**
	 * A save by somebody else between the version check and the flush: the form's
	 * conflict.
	 */
	@Test
	void a_race_lost_at_flush_is_the_same_conflict_as_a_stale_version() {
		assertThatThrownBy(() -> ConflitException.auFlush(() -> {
			throw new ObjectOptimisticLockingFailureException("Orientation", 1L);
		})).isInstanceOf(ConflitException.class)
			.satisfies(
					e -> assertThat(((ConflitException) e).codeMessage()).isEqualTo("conflit.modificationConcurrente"));
		assertThatCode(() -> ConflitException.auFlush(() -> {
		})).doesNotThrowAnyException();
	}

	@Test
	void only_the_current_version_may_be_edited() {
		assertThatCode(() -> ConflitException.verifierVersion(3, 3)).doesNotThrowAnyException();
		assertThatThrownBy(() -> ConflitException.verifierVersion(2, 3)).isInstanceOf(ConflitException.class);
	}

}
