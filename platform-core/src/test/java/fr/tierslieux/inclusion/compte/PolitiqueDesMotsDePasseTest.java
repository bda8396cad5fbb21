package fr.tierslieux.inclusion.compte;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.tierslieux.inclusion.commun.SaisieRefuseeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real account's password: long enough, not in the leaked lists however spelt, not
 * guessable by its structure, not the demo password, not the account's own name.
 */
class PolitiqueDesMotsDePasseTest {

	static final PolitiqueDesMotsDePasse POLITIQUE = new PolitiqueDesMotsDePasse("demonstration-du-jour");

	@ParameterizedTest
	@CsvSource({ "court, motDePasse.court", "onze-signes, motDePasse.court",
			// in nbvcxz's list of leaked passwords, as is or spelt otherwise
			"1qaz2wsx3edc, motDePasse.fuite", "123QWEASDZXC, motDePasse.fuite", "cdexsw2zaq1q, motDePasse.fuite",
			// keyboard runs and repetitions
			"abababababababab, motDePasse.previsible", "aaaaaaaaaaaaaaaa, motDePasse.previsible",
			"qwertyuiopasdfgh, motDePasse.previsible", "demonstration-du-jour, motDePasse.demo",
			"marie.dupont-2026, motDePasse.identifiant" })
	void a_weak_password_is_refused_with_its_reason(String motDePasse, String raison) {
		assertThatThrownBy(() -> POLITIQUE.verifier(motDePasse, "marie.dupont@agence.invalid"))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> {
				assertThat(e.champ()).isEqualTo("motDePasse");
				assertThat(e.codeMessage()).isEqualTo(raison);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "une phrase de passe longue", "Cinq pommes vertes sur la table", "mot-de-passe-de-test",
			"Le tiers-lieu ouvre à 9 h 30" })
	void a_long_unguessable_password_is_accepted(String motDePasse) {
		assertThatCode(() -> POLITIQUE.verifier(motDePasse, "marie.dupont@agence.invalid")).doesNotThrowAnyException();
	}

}
