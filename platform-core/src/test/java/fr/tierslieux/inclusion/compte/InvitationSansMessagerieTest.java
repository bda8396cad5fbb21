package fr.tierslieux.inclusion.compte;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.compte.InvitationService.NouvelleInvitation;
import fr.tierslieux.inclusion.courrier.EnvoiImpossibleException;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

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
	CompteKit kit;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	JdbcClient sql;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void an_unreachable_mail_server_records_no_invitation() {
		RegionDeTest region = territoire.region();
		var coordination = kit.coordinateur(region.code());
		Long agence = annuaire.agence(region.departement());

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
