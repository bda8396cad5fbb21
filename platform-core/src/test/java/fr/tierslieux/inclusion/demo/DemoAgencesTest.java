package fr.tierslieux.inclusion.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.tierslieux.inclusion.demo.DemoExperimentation.AgenceDemo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo agencies are real sites of the 2019 agency referential, with their own postal
 * codes.
 */
class DemoAgencesTest {

	@Test
	void every_demo_agence_is_a_site_of_the_referential() throws IOException {
		Map<String, String[]> referentiel = referentiel();

		Stream
			.concat(Stream.of(DemoExperimentation.DIRECTION_REGIONALE),
					DemoExperimentation.TIERS_LIEUX.stream().map(DemoExperimentation.TiersLieuDemo::agence))
			.forEach((AgenceDemo agence) -> {
				String[] site = referentiel.get(agence.codeSafir());
				assertThat(site).as("SAFIR %s", agence.codeSafir()).isNotNull();
				assertThat(site[9]).as("code postal de %s", agence.nom()).isEqualTo(agence.codePostal());
				assertThat(site[4]).as("région de %s", agence.nom()).isEqualTo("11");
				assertThat(site[11].replace("\"", "").replace(',', '.')).isEqualTo(agence.latitude());
			});
		assertThat(referentiel.get(DemoExperimentation.DIRECTION_REGIONALE.codeSafir())[3]).isEqualTo("DRA");
	}

	/**
	 * Rows keyed by SAFIR code; coordinates keep their decimal comma inside quotes, hence
	 * the regex.
	 */
	private static Map<String, String[]> referentiel() throws IOException {
		try (InputStream in = DemoAgencesTest.class
			.getResourceAsStream("/referentiel/agences/pole_emploi_agencies_2019.csv")) {
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"))
				.skip(1)
				.map(ligne -> ligne.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
				.filter(c -> c.length >= 13 && c[3].matches("ALE|DRA|DDA"))
				.collect(Collectors.toMap(c -> c[2], Function.identity(), (a, b) -> a));
		}
	}

}
