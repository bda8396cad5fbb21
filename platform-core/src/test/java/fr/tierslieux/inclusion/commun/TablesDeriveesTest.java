package fr.tierslieux.inclusion.commun;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.presence.PresenceService;
import fr.tierslieux.inclusion.presence.PresenceStatut;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables the database keeps for national-scale reads (V6: where each person is
 * visible, each parcours' ateliers and minutes, the parcours, ateliers, minutes and
 * people counted per group) always equal what their full recomputation from the records
 * gives, after every kind of write that moves them: a new person, a referral across
 * régions, a sheet and its correction, an atelier planned, moved, cancelled and removed,
 * a parcours changing typologie, a tiers-lieu changing département, a person renamed.
 */
@CoreTest
@Transactional
class TablesDeriveesTest extends AvecDeuxRegions {

	static final List<String> TABLES = List.of("beneficiaire_region", "bilan_parcours", "bilan_groupe",
			"compteur_beneficiaires", "evaluation_parcours");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	PresenceService presences;

	@Autowired
	AtelierService ateliers;

	@Test
	void the_scenario_as_created_is_counted_as_a_recomputation_would() {
		assertThat(tenues()).isEqualTo(recalculees());
		assertThat(tenues().get("beneficiaire_region")).isNotEmpty();
	}

	@Test
	void every_write_keeps_them_equal_to_a_recomputation() {
		// a person of A2 (région R2) oriented to P1: now visible in R1 too
		Long nouvelle = beneficiaires.beneficiaire(s.a2(), s.nom() + "-nouvelle", "Inès");
		beneficiaires.orienter(nouvelle, s.p1().id());
		assertThat(regions(nouvelle)).containsExactlyInAnyOrder(s.r1().code(), s.r2().code());

		// she comes to P1, the shared person stops counting there (correction)
		presences.emarger(BinomeKit.COORDINATION, s.p1().ateliers().get(0),
				Map.of(nouvelle, PresenceStatut.PRESENT, s.partagee(), PresenceStatut.ABSENT));
		Long atelier = ateliers.planifier(s.p1().id(), "Séance ajoutée", LocalDate.of(2026, 3, 2), LocalTime.of(9, 0),
				LocalTime.of(12, 30), "Salle 2", TypeAtelier.THEORIQUE);
		assertThat(tenues()).isEqualTo(recalculees());

		jdbc.sql("update atelier set heure_fin = '17:00' where id = ?").param(atelier).update();
		assertThat(tenues()).isEqualTo(recalculees());

		// a criterion rated before, then at the end, then corrected: followed, in
		// progress, not
		Long orientation = jdbc.sql("select id from orientation where beneficiaire_id = ? and parcours_id = ?")
			.params(nouvelle, s.p1().id())
			.query(Long.class)
			.single();
		Long critere = jdbc.sql("""
				insert into critere_progression (orientation_id, ordre, libelle, cree_par, cree_le)
				values (?, 1, 'Je sais chercher', 'test', now()) returning id""")
			.param(orientation)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into note_critere (critere_id, moment, note, note_le) values (?, 'AVANT', 1, now() - interval '1 day'),
						(?, 'FIN', 3, now())""")
			.params(critere, critere)
			.update();
		assertThat(tenues()).isEqualTo(recalculees());
		assertThat(tenues().get("evaluation_parcours"))
			.anyMatch(l -> l.startsWith("(" + s.p1().id() + ",") && l.endsWith(",1,1)"));
		jdbc.sql("update note_critere set note = 1 where critere_id = ? and moment = 'FIN'").param(critere).update();
		assertThat(tenues()).isEqualTo(recalculees());
		jdbc.sql("delete from note_critere where critere_id = ?").param(critere).update();
		assertThat(tenues()).isEqualTo(recalculees());

		// a cancelled session no longer counts, and counts again if the cancellation is
		// undone
		jdbc.sql("update atelier set annulee_le = now(), motif_annulation = 'Grève' where id = ?")
			.param(atelier)
			.update();
		assertThat(tenues()).isEqualTo(recalculees());
		jdbc.sql("update atelier set annulee_le = null, motif_annulation = null where id = ?").param(atelier).update();
		assertThat(tenues()).isEqualTo(recalculees());

		jdbc.sql("delete from atelier where id = ?").param(atelier).update();
		jdbc.sql("update parcours set typologie = 'HYBRIDE_CREATIF' where id = ?").param(s.p2().id()).update();
		jdbc.sql("update tiers_lieu set departement_code = ? where id = ?")
			.params(s.r1().departement(), s.t2())
			.update();
		jdbc.sql("update beneficiaire set nom = 'Zola' where id = ?").param(s.seule()).update();

		assertThat(tenues()).isEqualTo(recalculees());
	}

	List<String> regions(Long beneficiaire) {
		return jdbc.sql("select region_code from beneficiaire_region where beneficiaire_id = ?")
			.param(beneficiaire)
			.query(String.class)
			.list();
	}

	Map<String, List<String>> tenues() {
		Map<String, List<String>> lignes = new LinkedHashMap<>();
		for (String table : TABLES) {
			lignes.put(table, jdbc.sql("select t::text from " + table + " t order by 1").query(String.class).list());
		}
		return lignes;
	}

	/** The tables rebuilt from the records (in this test's transaction, rolled back). */
	Map<String, List<String>> recalculees() {
		for (String table : TABLES) {
			jdbc.sql("select " + table + "_tout_recalculer()").query().listOfRows();
		}
		return tenues();
	}

}
