package fr.tierslieux.inclusion.binome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.VagueService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the other side is told, read from a real SMTP server once the action is committed:
 * the tiers-lieu when the coordination decides on its application, the referent whose
 * turn it is in the fiche ping-pong. The test's transaction runs the after-commit
 * callbacks as a commit would, then rolls back: the shared data stay as loaded.
 */
@CoreTest
@Transactional
class NotificationsDuBinomeTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	VagueService vagues;

	@Autowired
	CandidatureService candidatures;

	@Autowired
	BinomeService binomes;

	@Autowired
	FicheService fiches;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Test
	void the_tiers_lieu_hears_of_the_decision_and_each_referent_of_their_turn() throws Exception {
		RegionDeTest region = territoire.region();
		Connecte coordination = comptes.coordinateur(region.code());
		Long lieu = annuaire.tiersLieu("La Fabrique " + Unique.numero(), region.departement());
		Long agence = annuaire.agence(region.departement());
		Connecte facilitation = comptes.facilitateur(lieu);
		Connecte conseiller = comptes.conseiller(agence);
		Long vague = vagues.ouvrir(coordination.perimetre(),
				new VagueService.NouvelleVague("Vague " + Unique.numero(), region.code(), LocalDate.of(2026, 1, 5),
						LocalDate.of(2027, 12, 18), new BigDecimal("80000"), VagueService.tarifsDuGuide()));
		Long candidature = candidatures.candidater(facilitation.perimetre(), vague, lieu, "Un atelier", "Un parcours");

		candidatures.decider(coordination.perimetre(), candidature, 0, false, "Trop tôt dans l'année");
		assertThat(smtp.getReceivedMessages()).as("rien avant la validation").isEmpty();
		TransactionSynchronizationUtils.triggerAfterCommit();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		MimeMessage decision = smtp.getReceivedMessages()[0];
		assertThat(decision.getAllRecipients()).extracting(Object::toString)
			.containsExactly(facilitation.identifiant());
		assertThat(GreenMailUtil.getBody(decision).replace("=\r\n", "")).contains("Trop t");

		Long binome = binomes.former(coordination.perimetre(), vague, agence, lieu, conseiller.id(), facilitation.id());
		fiches.ecrire(conseiller.perimetre(), binome, 0, Map.of(QuestionFiche.PUBLICS, "Des seniors"), true);
		TransactionSynchronizationUtils.triggerAfterCommit();
		// the callbacks of the decision run again with this simulated second commit: only
		// the
		// fiche's mail is looked at
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sujet(m).startsWith("Fiche ping-pong")))
			.singleElement()
			.satisfies(m -> assertThat(m.getAllRecipients()).extracting(Object::toString)
				.containsExactly(facilitation.identifiant()));
	}

	private static String sujet(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
