package fr.tierslieux.inclusion.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.badge.VerificationDesBadges;
import fr.tierslieux.inclusion.badge.VerificationDesBadges.Etat;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows T3–T4: its tiers-lieu's badge given (each one verifies), and the
 * testimonies kept in the experimentation's restitution.
 */
@CoreTest
class DemoEvaluationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VerificationDesBadges verification;

	@Autowired
	RestitutionDUneVague restitutions;

	@Test
	void the_demo_tiers_lieu_gave_its_badge_and_the_restitution_holds_testimonies() {
		List<String> codes = jdbc
			.sql("""
					select ba.code from badge_attribue ba join badge b on b.id = ba.badge_id join binome bi on bi.id = b.binome_id
					join tiers_lieu t on t.id = bi.tiers_lieu_id where t.nom = ? and b.nom = 'Premiers pas au fablab'""")
			.param(DemoDataLoader.TIERS_LIEU_DES_COMPTES_DEMO)
			.query(String.class)
			.list();
		assertThat(codes).hasSize(6);
		assertThat(codes).allSatisfy(code -> assertThat(verification.parCode(code).etat()).isEqualTo(Etat.VALIDE));

		Long vague = jdbc.sql("select id from vague where nom = ?")
			.param(DemoExperimentation.VAGUE)
			.query(Long.class)
			.single();
		assertThat(restitutions.restitution(Perimetre.administrateur("test"), vague).temoignages()).hasSize(3);
	}

}
