package fr.tierslieux.inclusion.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** French formats as people in the field write them. */
class FormatsTest {

	Formats formats = new Formats();

	/** French groups thousands with a narrow no-break space. */
	static String espaces(String texte) {
		return texte.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	@Test
	void dates_and_times() {
		assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("23/11/2026");
		assertThat(formats.heure(LocalTime.of(14, 30))).isEqualTo("14 h 30");
		assertThat(formats.heure(LocalTime.of(9, 0))).isEqualTo("9 h");
		assertThat(formats.heure(LocalTime.of(9, 5))).isEqualTo("9 h 05");
	}

	@Test
	void numbers_hours_and_amounts() {
		assertThat(espaces(formats.nombre(1234))).isEqualTo("1 234");
		assertThat(formats.heures(355 * 60)).isEqualTo("355 h");
		assertThat(formats.heures(195)).isEqualTo("3 h 15");
		assertThat(espaces(formats.euros(new BigDecimal("5000.00")))).isEqualTo("5 000 €");
		assertThat(espaces(formats.euros(new BigDecimal("3333.33")))).isEqualTo("3 333,33 €");
	}

}
