package fr.tierslieux.inclusion.territoire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.CoreTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations give an empty database the INSEE régions and départements, exactly. */
@CoreTest
class TerritoireReferentielTest {

	@Autowired
	TerritoireService territoire;

	@Autowired
	JdbcClient jdbc;

	@Test
	void every_migration_applied_successfully() {
		List<Boolean> succes = jdbc.sql("select success from flyway_schema_history where version is not null")
			.query(Boolean.class)
			.list();
		assertThat(succes).isNotEmpty().containsOnly(true);
	}

	@Test
	void regions_are_those_of_the_insee_file() throws IOException {
		Map<String, String> attendues = lire("regions.csv", 0, 5);
		Map<String, String> enBase = territoire.regions()
			.stream()
			.collect(Collectors.toMap(Region::getCode, Region::getNom));
		assertThat(enBase).hasSize(18).isEqualTo(attendues);
	}

	@Test
	void departements_are_those_of_the_insee_file_with_their_region() throws IOException {
		Map<String, String> attendus = lire("departements.csv", 0, 6);
		Map<String, String> regions = lire("departements.csv", 0, 1);
		List<Departement> departements = territoire.departements();
		assertThat(departements).hasSize(101);
		assertThat(departements.stream().collect(Collectors.toMap(Departement::getCode, Departement::getNom)))
			.isEqualTo(attendus);
		assertThat(departements)
			.allSatisfy(d -> assertThat(d.getRegion().getCode()).isEqualTo(regions.get(d.getCode())));
		assertThat(attendus).containsKeys("2A", "2B", "974");
	}

	/** The INSEE files have no quoted field, so a split on commas reads them. */
	private static Map<String, String> lire(String fichier, int cle, int valeur) throws IOException {
		try (InputStream in = TerritoireReferentielTest.class
			.getResourceAsStream("/referentiel/insee-cog/" + fichier)) {
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"))
				.skip(1)
				.filter(ligne -> !ligne.isBlank())
				.map(ligne -> ligne.split(",", -1))
				.collect(Collectors.toMap(c -> c[cle], c -> c[valeur]));
		}
	}

}
