package fr.tierslieux.inclusion.navette;

import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.navette.FicheNavette.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fiche navette: who reads and writes which thread, what is new to whom, and the mail
 * to the other side that carries neither the message nor a name.
 */
@CoreTest
@Transactional
class FicheNavetteTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	FicheNavette navette;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	ParcoursEnCours enCours;

	Connecte conseiller;

	Connecte facilitation;

	@BeforeEach
	void unBinome() {
		enCours = parcoursEnCours.parcoursEnCours();
		conseiller = enCours.conseiller();
		facilitation = enCours.facilitateur();
	}

	@Test
	void the_two_sides_write_the_other_reads_it_as_new_once_and_the_coordination_only_reads() throws Exception {
		navette.ecrire(conseiller.perimetre(), conseiller.id(), enCours.binome(), null,
				"Bonjour,\nnous avons trois personnes pour mars.");
		assertThat(navette.nonLus(facilitation.perimetre(), facilitation.id(), enCours.binome())).isEqualTo(1);
		assertThat(navette.nonLus(conseiller.perimetre(), conseiller.id(), enCours.binome())).as("son propre message")
			.isZero();

		FicheNavette.Fil lu = navette.fil(facilitation.perimetre(), facilitation.id(), enCours.binome(), null);
		assertThat(lu.moi()).isEqualTo(Cote.TIERS_LIEU);
		assertThat(lu.messages()).extracting(Message::cote, Message::texte, Message::nouveau)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Cote.AGENCE,
					"Bonjour,\nnous avons trois personnes pour mars.", true));
		assertThat(navette.fil(facilitation.perimetre(), facilitation.id(), enCours.binome(), null).messages())
			.extracting(Message::nouveau)
			.containsExactly(false);
		assertThat(navette.nonLus(facilitation.perimetre(), facilitation.id(), enCours.binome())).isZero();

		Connecte coordination = comptes.coordinateur(enCours.region().code());
		assertThat(navette.fil(coordination.perimetre(), coordination.id(), enCours.binome(), null).moi()).isNull();
		assertThatThrownBy(
				() -> navette.ecrire(coordination.perimetre(), coordination.id(), enCours.binome(), null, "Bonjour"))
			.isInstanceOf(AccesRefuseException.class);
		Connecte ailleurs = comptes.conseiller(annuaire.agence(enCours.region().departement()));
		assertThatThrownBy(() -> navette.fil(ailleurs.perimetre(), ailleurs.id(), enCours.binome(), null))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(
				() -> navette.ecrire(facilitation.perimetre(), facilitation.id(), enCours.binome(), null, " \n "))
			.isInstanceOf(SaisieRefuseeException.class);

		TransactionSynchronizationUtils.triggerAfterCommit();
		MimeMessage[] recus = smtp.getReceivedMessages();
		assertThat(recus).hasSize(1);
		assertThat(recus[0].getAllRecipients()[0].toString()).isEqualTo(facilitation.identifiant());
		assertThat(recus[0].getContent().toString()).contains("fiche navette").doesNotContain("trois personnes");
	}

	@Test
	void a_persons_thread_is_open_to_those_who_see_the_person_and_nobody_else() throws Exception {
		String nom = "Navette" + Unique.numero();
		Long personne = beneficiaires.oriente(enCours.agence(), conseiller, facilitation.perimetre(), nom, null,
				enCours.parcours().id(), OrientationStatut.ACCEPTEE);
		navette.ecrire(facilitation.perimetre(), facilitation.id(), enCours.binome(), personne,
				"Elle est venue à la première séance.");

		FicheNavette.Fil fil = navette.fil(conseiller.perimetre(), conseiller.id(), enCours.binome(), personne);
		assertThat(fil.moi()).isEqualTo(Cote.AGENCE);
		assertThat(fil.messages()).extracting(Message::texte).containsExactly("Elle est venue à la première séance.");
		assertThat(navette.fil(conseiller.perimetre(), conseiller.id(), enCours.binome(), null).messages())
			.as("le fil du binôme est un autre fil")
			.isEmpty();

		Connecte autreLieu = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), enCours.region().departement()));
		assertThatThrownBy(() -> navette.fil(autreLieu.perimetre(), autreLieu.id(), enCours.binome(), personne))
			.isInstanceOf(IntrouvableException.class);
		Long pasOrientee = beneficiaires.beneficiaire(enCours.agence(), "Seule" + Unique.numero(), "Alex");
		assertThatThrownBy(() -> navette.fil(conseiller.perimetre(), conseiller.id(), enCours.binome(), pasOrientee))
			.isInstanceOf(IntrouvableException.class);

		TransactionSynchronizationUtils.triggerAfterCommit();
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
			try {
				return m.getSubject().startsWith("Fiche navette") ? m.getAllRecipients()[0] + " " + m.getContent()
						: null;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).filter(java.util.Objects::nonNull)).singleElement()
			.asString()
			.startsWith(conseiller.identifiant())
			.contains("au sujet d'une personne orientée")
			.doesNotContain(nom);
	}

}
