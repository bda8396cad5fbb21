package fr.tierslieux.inclusion.pilotage;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.presence.PresenceService;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of a dashboard count the binômes of one's perimeter and nothing else. */
@CoreTest
@Transactional
class IndicateursPerimetreTest extends AvecDeuxRegions {

	@Autowired
	IndicateursService indicateurs;

	@Autowired
	PresenceService presences;

	@Autowired
	JdbcClient jdbc;

	@Test
	void each_region_counts_its_own_parcours_ateliers_hours_and_people() {
		// P1: 2 ateliers of 3 h, one person came; P2: 3 ateliers, both people came
		assertThat(indicateurs.tableauDeBord(s.coordinationR1().perimetre()).totaux())
			.isEqualTo(new Indicateurs(1, 2, 2 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.coordinationR2().perimetre()).totaux())
			.isEqualTo(new Indicateurs(2, 3, 3 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.piloteR2().perimetre()).totaux())
			.isEqualTo(new Indicateurs(2, 3, 3 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.coordinationR3().perimetre()).totaux()).isEqualTo(Indicateurs.AUCUN);
	}

	@Test
	void a_facilitateur_or_conseiller_counts_its_binome() {
		assertThat(indicateurs.tableauDeBord(s.facilitateurT1().perimetre()).totaux())
			.isEqualTo(new Indicateurs(1, 2, 2 * 180, 1, 1, 1));
		assertThat(indicateurs.tableauDeBord(s.conseillerA2().perimetre()).totaux())
			.isEqualTo(new Indicateurs(2, 3, 3 * 180, 1, 1, 1));
	}

	/**
	 * The people counted come from the participation table kept at each sheet: they
	 * always equal the people recounted from the sheets themselves, corrections included.
	 */
	@Test
	void people_counted_are_those_the_sheets_say_came_even_after_a_correction() {
		assertThat(beneficiaires(s.coordinationR1())).isEqualTo(1).isEqualTo(recompte(s.r1().code()));

		presences.emarger(BinomeKit.COORDINATION, s.p1().ateliers().get(0),
				Map.of(s.partagee(), PresenceStatut.ABSENT));
		assertThat(beneficiaires(s.coordinationR1())).isZero().isEqualTo(recompte(s.r1().code()));

		presences.emarger(BinomeKit.COORDINATION, s.p1().ateliers().get(1),
				Map.of(s.partagee(), PresenceStatut.EN_RETARD));
		assertThat(beneficiaires(s.coordinationR1())).isEqualTo(1).isEqualTo(recompte(s.r1().code()));
		assertThat(beneficiaires(s.coordinationR2())).isEqualTo(2).isEqualTo(recompte(s.r2().code()));
		assertThat(beneficiaires(s.admin())).isEqualTo(recompte(null));
	}

	/**
	 * A perimeter of two régions is counted from the participations: a person who came in
	 * both counts once, not once per région.
	 */
	@Test
	void a_person_in_two_regions_counts_once_for_a_perimeter_of_both() {
		Perimetre deuxRegions = new Perimetre("deux-regions", Role.COORDINATEUR, Set.of(s.r1().code(), s.r2().code()),
				Set.of(), Set.of());

		assertThat(indicateurs.tableauDeBord(deuxRegions).totaux().beneficiaires()).isEqualTo(2);
	}

	long beneficiaires(Connecte compte) {
		return indicateurs.tableauDeBord(compte.perimetre()).totaux().beneficiaires();
	}

	/**
	 * Distinct people present or late at an atelier of a parcours of the région's vagues
	 * (null: of the whole country).
	 */
	long recompte(String region) {
		return jdbc.sql("""
				select count(distinct pr.beneficiaire_id) from presence pr join atelier a on a.id = pr.atelier_id
				join parcours p on p.id = a.parcours_id join binome b on b.id = p.binome_id
				join vague v on v.id = b.vague_id
				where (cast(:region as varchar) is null or v.region_code = :region)
				  and pr.statut in ('PRESENT', 'EN_RETARD')
				""").param("region", region).query(Long.class).single();
	}

}
