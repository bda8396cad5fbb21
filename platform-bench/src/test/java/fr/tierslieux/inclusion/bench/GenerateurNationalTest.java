package fr.tierslieux.inclusion.bench;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

import fr.tierslieux.inclusion.postgres.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national dataset at a hundredth of its size, generated when the context starts, as
 * the README's command does: the volumes, every région covered, skewed distributions,
 * accounts of every role, and a second run that adds nothing.
 */
@SpringBootTest(classes = GenerationNationaleApplication.class,
		properties = { "plateforme.generation.echelle=0.01", "spring.main.web-application-type=none" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class GenerateurNationalTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	long compter(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void a_hundredth_of_the_national_volumes() {
		assertThat(compter("select count(*) from agence")).isEqualTo(18);
		assertThat(compter("select count(*) from tiers_lieu")).isEqualTo(35);
		assertThat(compter("select count(*) from parcours")).isEqualTo(200);
		assertThat(compter("select count(*) from beneficiaire")).isEqualTo(10_000);
		assertThat(compter("select count(*) from atelier")).isBetween(1_600L, 2_400L);
		assertThat(compter("select count(*) from orientation")).isBetween(10_000L, 11_000L);
		assertThat(compter("select count(*) from presence")).isBetween(70_000L, 130_000L);
	}

	@Test
	void every_region_has_agences_venues_accounts_and_people() {
		assertThat(compter("""
				select count(*) from region r
				where not exists (select 1 from agence a join departement d on d.code = a.departement_code
				                  where d.region_code = r.code)
				   or not exists (select 1 from tiers_lieu t join departement d on d.code = t.departement_code
				                  where d.region_code = r.code)
				""")).isZero();
		Map<String, Long> comptes = jdbc.sql("select role, count(*) from utilisateur group by role")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(comptes).containsExactlyInAnyOrderEntriesOf(
				Map.of("ADMIN", 1L, "COORDINATEUR", 18L, "PILOTE", 18L, "CONSEILLER", 18L, "FACILITATEUR", 35L));
		PasswordEncoder encodeur = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String empreinte = jdbc
			.sql("select mot_de_passe from utilisateur where identifiant = 'conseiller.1@national.invalid'")
			.query(String.class)
			.single();
		assertThat(encodeur.matches(GenerateurNational.MOT_DE_PASSE, empreinte)).isTrue();
	}

	/**
	 * Not uniform: the busiest tenth of the parcours receive a large share of the people.
	 */
	@Test
	void distributions_are_skewed_like_real_life() {
		List<Long> parParcours = jdbc
			.sql("select count(*) from orientation group by parcours_id order by count(*) desc")
			.query(Long.class)
			.list();
		long total = parParcours.stream().mapToLong(Long::longValue).sum();
		long dixiemeLePlusCharge = parParcours.stream().limit(parParcours.size() / 10).mapToLong(Long::longValue).sum();
		assertThat((double) dixiemeLePlusCharge / total).isGreaterThan(0.3);
		assertThat(compter("select count(*) from binome where phase = 'T0'")).isPositive();
		assertThat(compter("select count(*) from binome where phase = 'T2'")).isPositive();
	}

	/** The dashboard counts people on participation: it must say what the sheets say. */
	@Test
	void participations_are_exactly_those_the_sheets_record() {
		assertThat(compter("select count(*) from participation")).isPositive().isEqualTo(compter("""
				select count(*) from (select distinct a.parcours_id, pr.beneficiaire_id
				from presence pr join atelier a on a.id = pr.atelier_id where pr.statut in ('PRESENT', 'EN_RETARD')) d
				"""));
	}

	@Test
	void running_it_again_adds_nothing() throws Exception {
		long avant = compter("select count(*) from presence");
		long messages = compter("select count(*) from message_navette");

		GenerateurNational.Bilan bilan = new GenerateurNational(dataSource, 0.01, 2026, "{noop}x").generer();

		assertThat(bilan.dejaPresent()).isTrue();
		assertThat(compter("select count(*) from presence")).isEqualTo(avant);
		assertThat(compter("select count(*) from message_navette")).isEqualTo(messages);
	}

	/**
	 * T2's follow-up: threads of every binôme running a parcours, carnet entries after a
	 * session of the person's own parcours, APTIC cheques with unique numbers.
	 */
	@Test
	void the_follow_up_of_t2_is_there_and_consistent() {
		assertThat(compter("select count(*) from message_navette where beneficiaire_id is null")).isEqualTo(6 * compter(
				"select count(distinct bi.id) from binome bi join parcours p on p.binome_id = bi.id join vague v on v.id = bi.vague_id where v.nom like 'Vague nationale%'"));
		assertThat(compter("select count(*) from message_navette where beneficiaire_id is not null")).isPositive();
		assertThat(compter("select count(*) from carnet_entree"))
			.isEqualTo(compter("select count(*) from participation where beneficiaire_id % 5 = 0"));
		assertThat(compter("""
				select count(*) from carnet_entree c join atelier a on a.id = c.atelier_id
				where not exists (select 1 from participation pa where pa.beneficiaire_id = c.beneficiaire_id
				                  and pa.parcours_id = a.parcours_id)""")).isZero();
		assertThat(compter("select count(*) from ressource_remise where genre = 'CHEQUE_APTIC'")).isEqualTo(1_000);
		// the last contact, recomputed after a load without triggers: never before a
		// session
		// attended, and later than the record's creation for those who attended one
		assertThat(
				compter("""
						select count(*) from beneficiaire b join presence pr on pr.beneficiaire_id = b.id
						where pr.statut <> 'ABSENT' and b.dernier_contact_le < (pr.enregistree_le at time zone 'Europe/Paris')::date
						"""))
			.isZero();
		assertThat(compter("""
				select count(*) from beneficiaire b
				where b.dernier_contact_le > (b.cree_le at time zone 'Europe/Paris')::date""")).isPositive();
	}

	/**
	 * T3's evaluation: three criteria per person assessed, rated before and, once the
	 * parcours is over, at the end; feedback and situations of the people concerned only.
	 */
	@Test
	void the_evaluation_of_t3_is_there_and_consistent() {
		assertThat(compter("select count(*) from critere_progression")).isPositive()
			.isEqualTo(3 * compter("select count(distinct orientation_id) from critere_progression"));
		assertThat(compter("select count(*) from note_critere where moment = 'AVANT'"))
			.isEqualTo(compter("select count(*) from critere_progression"));
		assertThat(compter("""
				select count(*) from note_critere n join critere_progression c on c.id = n.critere_id
				join orientation o on o.id = c.orientation_id where n.moment = 'FIN' and o.statut <> 'TERMINEE'"""))
			.isZero();
		assertThat(compter("select count(*) from retour_seance")).isPositive();
		assertThat(compter("""
				select count(*) from situation_sortie s join orientation o on o.id = s.orientation_id
				where o.statut not in ('TERMINEE', 'ABANDON')""")).isZero();
	}

}
