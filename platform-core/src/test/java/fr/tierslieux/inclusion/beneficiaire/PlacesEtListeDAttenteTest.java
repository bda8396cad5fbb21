package fr.tierslieux.inclusion.beneficiaire;

import java.util.List;

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
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A parcours of two seats: no third acceptance, the waitlist promoted in order when a
 * seat frees, and the counsellor told of each decision (read from a real SMTP server
 * after the commit, without the person's name).
 */
@CoreTest
@Transactional
class PlacesEtListeDAttenteTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	OrientationService orientations;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Perimetre tiersLieu;

	@BeforeEach
	void deuxPlaces() {
		enCours = parcoursEnCours.parcoursEnCours();
		tiersLieu = enCours.facilitateur().perimetre();
		jdbc.sql("update parcours set capacite = 2 where id = ?").param(enCours.parcours().id()).update();
	}

	@Test
	void no_acceptance_beyond_the_seats_and_the_longest_waiting_takes_a_freed_seat() throws Exception {
		Long ines = orientation(personne("Abadie", OrientationStatut.ACCEPTEE));
		orientation(personne("Bernard", OrientationStatut.ACCEPTEE));
		Long chloe = orientation(personne("Carpentier", null));
		Long david = orientation(personne("Dumas", null));

		assertThatThrownBy(() -> orientations.changerStatut(tiersLieu, chloe, 0, OrientationStatut.ACCEPTEE, null))
			.isInstanceOfSatisfying(ConflitException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("conflit.parcoursComplet"));
		orientations.changerStatut(tiersLieu, chloe, 0, OrientationStatut.EN_LISTE_ATTENTE, null);
		orientations.changerStatut(tiersLieu, david, 0, OrientationStatut.EN_LISTE_ATTENTE, null);

		orientations.changerStatut(tiersLieu, ines, 1, OrientationStatut.ABANDON, "Déménagement");

		assertThat(statut(chloe)).isEqualTo("ACCEPTEE");
		assertThat(statut(david)).isEqualTo("EN_LISTE_ATTENTE");
		assertThat(jdbc.sql("""
				select auteur || ' : ' || motif from orientation_transition where orientation_id = ?
				order by id desc limit 1""").param(chloe).query(String.class).single())
			.isEqualTo(OrientationService.PROMOTION + " : Une place s'est libérée");

		TransactionSynchronizationUtils.triggerAfterCommit();
		// two acceptances, two waitlistings, one promotion; the abandon is the agence's
		// own news
		assertThat(smtp.getReceivedMessages()).hasSize(5)
			.allSatisfy(
					m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(enCours.conseiller().identifiant()));
		List<String> textes = java.util.Arrays.stream(smtp.getReceivedMessages()).map(m -> {
			try {
				return m.getContent().toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(textes).filteredOn(t -> t.contains("mise en liste d'attente")).hasSize(2);
		assertThat(textes).allSatisfy(t -> assertThat(t).contains(enCours.parcours().intitule())
			.doesNotContain("Carpentier")
			.doesNotContain("Abadie"));
	}

	Long personne(String nom, OrientationStatut statut) {
		return beneficiaires.oriente(enCours.agence(), enCours.conseiller(), tiersLieu, nom + Unique.numero(), null,
				enCours.parcours().id(), statut);
	}

	Long orientation(Long personne) {
		return jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
	}

	String statut(Long orientation) {
		return jdbc.sql("select statut from orientation where id = ?").param(orientation).query(String.class).single();
	}

}
