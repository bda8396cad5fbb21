package fr.tierslieux.inclusion.compte;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.compte.InvitationService.NouvelleInvitation;
import fr.tierslieux.inclusion.courrier.EnvoiImpossibleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No SMTP server listens (no GreenMail here): the invitation is refused with a clear
 * error and nothing is recorded, so that nobody waits for a mail that never left.
 */
@CoreTest
class InvitationSansMessagerieTest {

	@Autowired
	InvitationService invitations;

	@Autowired
	CompteService comptes;

	@Autowired
	JdbcClient sql;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void an_unreachable_mail_server_records_no_invitation() {
		// the demo's coordination and one of its agences: this test commits, so it
		// creates
		// nothing of its own that would stay in the shared database
		var coordination = comptes.compte("coordination@demo.fr").orElseThrow().connecte();
		Long agence = sql.sql("""
				select a.id from agence a join departement d on d.code = a.departement_code
				where d.region_code = '11' order by a.id limit 1""").query(Long.class).single();

		assertThatThrownBy(() -> transaction.executeWithoutResult(t -> invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation("sans.courriel@exemple.fr", "Sans Courriel", Role.CONSEILLER,
						Structure.agence(agence)),
				"https://plateforme.test")))
			.isInstanceOf(EnvoiImpossibleException.class);
		assertThat(sql.sql("select count(*) from invitation where email = 'sans.courriel@exemple.fr'")
			.query(Long.class)
			.single()).isZero();
	}

}
