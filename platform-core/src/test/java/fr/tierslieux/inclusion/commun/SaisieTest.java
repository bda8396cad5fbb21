package fr.tierslieux.inclusion.commun;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SaisieTest {

	@Test
	void control_characters_go_blanks_are_stripped_and_length_is_bounded() {
		assertThat(Saisie.nettoyer("\u0000\u0001 Dia\u0007llo \t", 100)).isEqualTo("Diallo");
		assertThat(Saisie.nettoyer(null, 10)).isEmpty();
		assertThat(Saisie.nettoyerParagraphes(" Four\u0007 à pain\r\n\nImprimante 3D ", 100))
			.isEqualTo("Four à pain\n\nImprimante 3D");
		assertThat(Saisie.nettoyerParagraphes(" \n\u0000 ", 100)).isNull();
		assertThat(Saisie.nettoyer("x".repeat(20_000), 100)).hasSize(100);
		assertThat(Saisie.nettoyer("Élodie Nguyễn", 100)).isEqualTo("Élodie Nguyễn");
		assertThat(Saisie.nettoyer("caf\uFFFD\uD800", 100)).isEqualTo("caf");
	}

}
