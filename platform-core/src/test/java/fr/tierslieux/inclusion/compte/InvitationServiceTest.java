package fr.tierslieux.inclusion.compte;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.InvitationService.EtatInvitation;
import fr.tierslieux.inclusion.compte.InvitationService.InvitationLigne;
import fr.tierslieux.inclusion.compte.InvitationService.NouvelleInvitation;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invitations read back from a real SMTP server (GreenMail): the link works once,
 * expires, creates the account with its structure or adds the structure to an existing
 * account; the coordination invites only into its régions.
 */
@CoreTest
@Transactional
class InvitationServiceTest {

	private static final Pattern LIEN = Pattern.compile("https://plateforme\\.test/invitation/([A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	InvitationService invitations;

	@Autowired
	CompteService comptes;

	@Autowired
	CompteKit kit;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient sql;

	RegionDeTest region;

	Connecte coordination;

	Long agence;

	@BeforeEach
	void coordinationDUneRegion() {
		horloge.regler(CoreTestApplication.DEPART);
		region = territoire.region();
		coordination = kit.coordinateur(region.code());
		agence = annuaire.agence(region.departement());
	}

	@AfterEach
	void horlogeRemiseAuDepart() {
		horloge.regler(CoreTestApplication.DEPART);
	}

	@Test
	void the_invited_person_sets_a_password_on_the_mailed_link_and_joins_the_agence_once() throws Exception {
		invitations.inviter(coordination.perimetre(), new NouvelleInvitation(" Camille.Martin@Exemple.fr ",
				"Camille Martin", Role.CONSEILLER, Structure.agence(agence)), "https://plateforme.test");

		MimeMessage[] recus = smtp.getReceivedMessages();
		assertThat(recus).hasSize(1);
		assertThat(recus[0].getAllRecipients()).extracting(Object::toString)
			.containsExactly("camille.martin@exemple.fr");
		assertThat(recus[0].getSubject()).contains("Invitation à rejoindre Agence de test");
		String jeton = jeton(GreenMailUtil.getBody(recus[0]));
		assertThat(sql.sql("select count(*) from invitation where jeton_empreinte = :j")
			.param("j", jeton)
			.query(Long.class)
			.single()).as("seule l'empreinte du jeton est gardée").isZero();

		InvitationLigne ouverte = invitations.parJeton(jeton).orElseThrow();
		assertThat(ouverte.etat()).isEqualTo(EtatInvitation.EN_ATTENTE);
		assertThat(ouverte.compteExistant()).isFalse();

		Long compte = invitations.accepter(jeton, "une phrase de passe longue");
		Connecte connecte = comptes.compte("camille.martin@exemple.fr").orElseThrow().connecte();
		assertThat(connecte.id()).isEqualTo(compte);
		assertThat(connecte.role()).isEqualTo(Role.CONSEILLER);
		assertThat(connecte.perimetre().agences()).containsExactly(agence);
		assertThat(connecte.perimetre().regions()).isEmpty();
		assertThat(connecte.perimetre().tiersLieux()).isEmpty();

		assertThat(invitations.parJeton(jeton).orElseThrow().etat()).isEqualTo(EtatInvitation.ACCEPTEE);
		assertThatThrownBy(() -> invitations.accepter(jeton, "une autre phrase de passe"))
			.isInstanceOf(ConflitException.class)
			.hasMessage("invitation.acceptee");
	}

	@Test
	void a_link_expires_and_a_resent_one_replaces_it() throws Exception {
		Long id = invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation("dominique@exemple.fr", "Dominique", Role.CONSEILLER, Structure.agence(agence)),
				"https://plateforme.test");
		String premier = jeton(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));

		horloge.avancer(Duration.ofDays(7).plusMinutes(1));
		assertThat(invitations.parJeton(premier).orElseThrow().etat()).isEqualTo(EtatInvitation.EXPIREE);
		assertThatThrownBy(() -> invitations.accepter(premier, "une phrase de passe longue"))
			.isInstanceOf(ConflitException.class)
			.hasMessage("invitation.expiree");

		invitations.renvoyer(coordination.perimetre(), id, "https://plateforme.test");
		String second = jeton(GreenMailUtil.getBody(smtp.getReceivedMessages()[1]));
		assertThat(invitations.parJeton(premier)).as("l'ancien lien ne mène plus nulle part").isEmpty();
		assertThat(invitations.parJeton(second).orElseThrow().etat()).isEqualTo(EtatInvitation.EN_ATTENTE);
		invitations.accepter(second, "une phrase de passe longue");
		assertThat(comptes.compte("dominique@exemple.fr")).isPresent();
	}

	@Test
	void a_person_with_an_account_confirms_it_with_their_password_and_belongs_to_both_agences() throws Exception {
		Connecte conseiller = kit.conseiller(annuaire.agence(region.departement()));
		Long premiere = conseiller.perimetre().agences().iterator().next();
		invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation(conseiller.identifiant(), "X", Role.CONSEILLER, Structure.agence(agence)),
				"https://plateforme.test");
		String jeton = jeton(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
		assertThat(invitations.parJeton(jeton).orElseThrow().compteExistant()).isTrue();

		assertThatThrownBy(() -> invitations.accepter(jeton, "pas le bon mot de passe"))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("invitation.motDePasseActuelFaux");
		invitations.accepter(jeton, CompteKit.MOT_DE_PASSE);

		assertThat(comptes.compte(conseiller.identifiant()).orElseThrow().connecte().perimetre().agences())
			.containsExactlyInAnyOrder(premiere, agence);
		assertThatThrownBy(
				() -> invitations.inviter(coordination.perimetre(),
						new NouvelleInvitation(conseiller.identifiant(), "X", Role.CONSEILLER,
								Structure.agence(agence)),
						"https://plateforme.test"))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("invitation.dejaMembre");
		assertThatThrownBy(() -> invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation(conseiller.identifiant(), "X", Role.FACILITATEUR,
						Structure.tiersLieu(annuaire.tiersLieu("Lieu", region.departement()))),
				"https://plateforme.test"))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("invitation.compteAutreRole");
	}

	@Test
	void the_coordination_invites_only_into_its_regions_and_sees_only_their_invitations() {
		RegionDeTest autre = territoire.region();
		Connecte autreCoordination = kit.coordinateur(autre.code());
		Long agenceAilleurs = annuaire.agence(autre.departement());

		assertThatThrownBy(() -> invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation("a@exemple.fr", "A", Role.CONSEILLER, Structure.agence(agenceAilleurs)),
				"https://plateforme.test"))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("invitation.structureHorsPerimetre");
		assertThatThrownBy(() -> invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation("a@exemple.fr", "A", Role.CONSEILLER, Structure.region(region.code())),
				"https://plateforme.test"))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("invitation.structureDuRole.CONSEILLER");

		Long ici = invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation("b@exemple.fr", "B", Role.CONSEILLER, Structure.agence(agence)),
				"https://plateforme.test");
		Long laBas = invitations.inviter(autreCoordination.perimetre(),
				new NouvelleInvitation("c@exemple.fr", "C", Role.PILOTE, Structure.region(autre.code())),
				"https://plateforme.test");

		assertThat(invitations.invitations(coordination.perimetre())).extracting(InvitationLigne::id)
			.containsExactly(ici);
		assertThat(invitations.invitations(autreCoordination.perimetre())).extracting(InvitationLigne::id)
			.containsExactly(laBas);
		assertThat(invitations.invitations(kit.admin().perimetre())).extracting(InvitationLigne::id)
			.contains(ici, laBas);
		assertThatThrownBy(() -> invitations.annuler(coordination.perimetre(), laBas))
			.isInstanceOf(fr.tierslieux.inclusion.commun.IntrouvableException.class);
		assertThat(invitations.structures(coordination.perimetre(), autre.code())).isEmpty();
		assertThat(invitations.structures(coordination.perimetre(), region.code()))
			.extracting(InvitationService.StructureProposee::code)
			.containsExactly("R:" + region.code(), "A:" + agence);
	}

	@Test
	void a_cancelled_invitation_link_no_longer_works() throws Exception {
		Long id = invitations.inviter(coordination.perimetre(),
				new NouvelleInvitation("e@exemple.fr", "E", Role.CONSEILLER, Structure.agence(agence)),
				"https://plateforme.test");
		String jeton = jeton(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
		invitations.annuler(coordination.perimetre(), id);
		assertThat(invitations.parJeton(jeton).orElseThrow().etat()).isEqualTo(EtatInvitation.ANNULEE);
		assertThatThrownBy(() -> invitations.accepter(jeton, "une phrase de passe longue"))
			.isInstanceOf(ConflitException.class);
		assertThat(comptes.compte("e@exemple.fr")).isEmpty();
		assertThat(invitations.parJeton("inconnu")).isEmpty();
		assertThat(invitations.parJeton(null)).isEmpty();
	}

	private static String jeton(String corps) {
		Matcher lien = LIEN.matcher(corps.replace("=\r\n", "").replace("=\n", ""));
		assertThat(lien.find()).as("lien dans le courriel :\n" + corps).isTrue();
		return lien.group(1);
	}

}
