package fr.tierslieux.inclusion.pilotage;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo experimentation, added up by the dashboard's own queries, gives the guide's
 * figures: 10 tiers-lieux in 7 départements, 21 parcours, 94 ateliers, 355 hours, and the
 * per-venue beneficiary counts, which add up to 114 (the guide's headline says 117).
 */
@CoreTest
class IndicateursDemoTest {

	@Autowired
	IndicateursService indicateurs;

	@Autowired
	CompteService comptes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_coordinator_sees_the_figures_of_the_experimentation() {
		Perimetre coordination = comptes.compte("coordination@demo.fr").orElseThrow().connecte().perimetre();

		Indicateurs totaux = indicateurs.tableauDeBord(coordination).totaux();

		assertThat(totaux.tiersLieux()).isEqualTo(10);
		assertThat(totaux.departements()).isEqualTo(7);
		assertThat(totaux.parcours()).isEqualTo(21);
		assertThat(totaux.ateliers()).isEqualTo(94);
		assertThat(totaux.minutes()).isEqualTo(355 * 60);
		assertThat(totaux.beneficiaires()).isEqualTo(114);
	}

	@Test
	void breakdown_by_typologie_follows_the_guide() {
		TableauDeBord tableau = indicateurs.tableauDeBord(Perimetre.administrateur("test"));

		Map<String, Indicateurs> parTypologie = tableau.parTypologie()
			.stream()
			.collect(Collectors.toMap(Repartition::cle, Repartition::indicateurs));
		assertThat(parTypologie).containsOnlyKeys("APPRENTISSAGE_PAR_LE_FAIRE", "PROFESSIONNALISATION",
				"HYBRIDE_CREATIF");
		// 5 venues × 7.4 ateliers, 3 venues × 16, 2 venues × 4 (+1): the guide's averages
		assertThat(parTypologie.get("APPRENTISSAGE_PAR_LE_FAIRE").ateliers()).isEqualTo(37);
		assertThat(parTypologie.get("PROFESSIONNALISATION").ateliers()).isEqualTo(48);
		assertThat(parTypologie.get("HYBRIDE_CREATIF").ateliers()).isEqualTo(9);
		assertThat(parTypologie.get("APPRENTISSAGE_PAR_LE_FAIRE").tiersLieux()).isEqualTo(5);
		assertThat(parTypologie.get("PROFESSIONNALISATION").tiersLieux()).isEqualTo(3);
		assertThat(parTypologie.get("HYBRIDE_CREATIF").tiersLieux()).isEqualTo(2);
		assertThat(parTypologie.values().stream().mapToLong(Indicateurs::beneficiaires).sum()).isEqualTo(114);
		assertThat(parTypologie.values().stream().mapToLong(Indicateurs::minutes).sum())
			.isEqualTo(tableau.totaux().minutes());
	}

	@Test
	void breakdown_by_departement_covers_seven_departements_of_ile_de_france() {
		TableauDeBord tableau = indicateurs.tableauDeBord(Perimetre.administrateur("test"));

		assertThat(tableau.parDepartement()).extracting(Repartition::cle)
			.containsExactly("75", "77", "78", "92", "93", "94", "95");
		Repartition seineSaintDenis = tableau.parDepartement().get(4);
		assertThat(seineSaintDenis.libelle()).isEqualTo("Seine-Saint-Denis");
		assertThat(seineSaintDenis.indicateurs().tiersLieux()).isEqualTo(3);
		assertThat(seineSaintDenis.indicateurs().beneficiaires()).isEqualTo(7 + 16 + 10);
	}

	@ParameterizedTest(name = "{0} : {1} bénéficiaires")
	@CsvSource(delimiter = ';', textBlock = """
			Le Quai des Possibles; 16
			Electrolab; 13
			La Tréso; 6
			La Mine; 6
			Le Moulin du Pont Ru; 20
			Mains d'Œuvres; 7
			Traces E Fabrik; 16
			La Verrière; 10
			O Bout du Monde; 14
			L'Établisienne; 6
			""")
	void each_venue_counts_the_people_of_the_guide(String tiersLieu, long beneficiaires) {
		Long id = jdbc.sql("select id from tiers_lieu where nom = ?").param(tiersLieu).query(Long.class).single();
		Perimetre facilitation = new Perimetre("test", Role.FACILITATEUR, Set.of(), Set.of(), Set.of(id));

		Indicateurs totaux = indicateurs.tableauDeBord(facilitation).totaux();

		assertThat(totaux.beneficiaires()).isEqualTo(beneficiaires);
		assertThat(totaux.tiersLieux()).isEqualTo(1);
	}

	@Test
	void a_coordinator_of_another_region_sees_nothing_of_ile_de_france() {
		Perimetre nouvelleAquitaine = new Perimetre("test", Role.COORDINATEUR, Set.of("75"), Set.of(), Set.of());

		TableauDeBord tableau = indicateurs.tableauDeBord(nouvelleAquitaine);

		assertThat(tableau.totaux()).isEqualTo(Indicateurs.AUCUN);
		assertThat(tableau.parTypologie()).isEmpty();
		assertThat(tableau.parDepartement()).isEmpty();
	}

}
