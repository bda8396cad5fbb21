package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;
import java.util.Arrays;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.TransitionRefuseeException;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unanswered referrals at fixed times (default delays: 21 days, reminder 3 days before):
 * one reminder per tiers-lieu at day 18, never twice, expiry at day 21 with the
 * counsellor told; an answered referral is left alone.
 */
@CoreTest
@Transactional
class ExpirationDesOrientationsTest {

	static final Instant ORIENTEE_LE = Instant.parse("2026-03-02T09:00:00Z");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ExpirationDesOrientations expiration;

	@Autowired
	OrientationService orientations;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long enAttente;

	Long acceptee;

	@BeforeEach
	void deuxOrientationsDuDeuxMars() {
		enCours = parcoursEnCours.parcoursEnCours();
		enAttente = orientation(null);
		acceptee = orientation(OrientationStatut.ACCEPTEE);
		// only the referrals of this test are old enough to be reminded or to expire
		jdbc.sql("update orientation set orientee_le = ? where id in (?, ?)")
			.params(java.sql.Timestamp.from(ORIENTEE_LE), enAttente, acceptee)
			.update();
	}

	@Test
	void the_tiers_lieu_is_reminded_once_then_the_referral_expires_and_the_counsellor_is_told() throws Exception {
		assertThat(expiration.traiter(jour(17)).relances()).as("trop tôt").isZero();

		ExpirationDesOrientations.Bilan relance = expiration.traiter(jour(18));
		assertThat(relance.relances()).isGreaterThanOrEqualTo(1);
		assertThat(expiration.traiter(jour(19)).relances()).as("une seule relance").isZero();
		assertThat(statut(enAttente)).isEqualTo("PROPOSEE");

		assertThat(expiration.traiter(jour(21)).expirees()).isGreaterThanOrEqualTo(1);
		assertThat(statut(enAttente)).isEqualTo("EXPIREE");
		assertThat(statut(acceptee)).isEqualTo("ACCEPTEE");
		assertThat(jdbc
			.sql("select auteur || ' : ' || motif from orientation_transition where orientation_id = ? "
					+ "order by id desc limit 1")
			.param(enAttente)
			.query(String.class)
			.single()).isEqualTo("plateforme : Sans réponse du tiers-lieu en 21 jours");

		TransactionSynchronizationUtils.triggerAfterCommit();
		MimeMessage rappel = courriel("Orientations en attente de votre réponse");
		assertThat(rappel.getAllRecipients()[0].toString()).isEqualTo(enCours.facilitateur().identifiant());
		assertThat(rappel.getContent().toString()).contains(enCours.parcours().intitule())
			.contains("orientation du 2 mars 2026, expire le 23 mars 2026");
		assertThat(courriel("Orientation expirée").getAllRecipients()[0].toString())
			.isEqualTo(enCours.conseiller().identifiant());

		assertThatThrownBy(() -> orientations.changerStatut(enCours.facilitateur().perimetre(), enAttente, 1,
				OrientationStatut.ACCEPTEE, null))
			.as("une orientation expirée est close")
			.isInstanceOf(TransitionRefuseeException.class);
	}

	Instant jour(int jours) {
		return ORIENTEE_LE.plus(java.time.Duration.ofDays(jours));
	}

	MimeMessage courriel(String sujet) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().equals(sujet)
						&& m.getContent().toString().contains(enCours.parcours().intitule());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow();
	}

	Long orientation(OrientationStatut statut) {
		Long personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(),
				enCours.facilitateur().perimetre(), "Attente" + Unique.numero(), null, enCours.parcours().id(), statut);
		return jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
	}

	String statut(Long orientation) {
		return jdbc.sql("select statut from orientation where id = ?").param(orientation).query(String.class).single();
	}

}
