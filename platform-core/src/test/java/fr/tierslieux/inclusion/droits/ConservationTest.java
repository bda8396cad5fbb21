package fr.tierslieux.inclusion.droits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireLigne;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceStatut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Retention, night after night on a fixed clock: the last contact follows what the person
 * does, the counsellor is told once 30 days before two years without contact, and at two
 * years the record is anonymised by the nightly job, its figures kept.
 */
@CoreTest
@Transactional
class ConservationTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String SUJET = "Fiches bientôt rendues anonymes";

	@Autowired
	TacheDeConservation tache;

	@Autowired
	Conservation conservation;

	@Autowired
	BeneficiaireService beneficiaires;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	OrientationService orientations;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	PresenceKit presences;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	/** In the parcours since 2 March 2026, last seen at its first session. */
	Long silencieuse;

	/** Referred a day later, and seen since. */
	Long suivie;

	String nomSilencieuse;

	/** A referral waiting for a seat in the parcours, which ended in January 2026. */
	Long attente;

	@BeforeEach
	void deuxPersonnesDuParcours() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		nomSilencieuse = "Silence" + Unique.numero();
		silencieuse = kit.oriente(enCours, nomSilencieuse, nomSilencieuse.toLowerCase() + "@exemple.fr",
				OrientationStatut.EN_PARCOURS);
		presences.emarger(enCours.parcours().ateliers().get(0), silencieuse, PresenceStatut.PRESENT);
		horloge.regler(CoreTestApplication.DEPART.plusSeconds(86_400));
		suivie = kit.oriente(enCours, "Suivie" + Unique.numero(), null, OrientationStatut.EN_PARCOURS);
		jdbc.sql("update parcours set capacite = 2 where id = ?").param(enCours.parcours().id()).update();
		horloge.regler(CoreTestApplication.DEPART.plusSeconds(5 * 86_400)); // announced
																			// after the
																			// nights
																			// below
		Long enAttente = kit.oriente(enCours, "Attente" + Unique.numero(), null, null);
		attente = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(enAttente)
			.query(Long.class)
			.single();
		orientations.changerStatut(enCours.facilitateur().perimetre(), attente, 0, OrientationStatut.EN_LISTE_ATTENTE,
				null);
		jdbc.sql("""
				insert into carnet_entree (beneficiaire_id, acquis, ecrit_par, ecrit_le)
				values (?, 'Sait joindre un CV', ?, '2026-03-02T10:00:00Z')""")
			.params(silencieuse, enCours.facilitateur().identifiant())
			.update();
	}

	@Test
	void the_last_contact_follows_attendance_and_writings_and_never_goes_back() {
		assertThat(dernierContact(silencieuse)).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(dernierContact(suivie)).isEqualTo(LocalDate.of(2026, 3, 3));

		horloge.regler(Instant.parse("2026-04-10T08:00:00Z"));
		presences.emarger(enCours.parcours().ateliers().get(0), suivie, PresenceStatut.ABSENT);
		assertThat(dernierContact(suivie)).as("une absence n'est pas un contact").isEqualTo(LocalDate.of(2026, 3, 3));
		presences.emarger(enCours.parcours().ateliers().get(1), suivie, PresenceStatut.PRESENT);
		assertThat(dernierContact(suivie)).isEqualTo(LocalDate.of(2026, 4, 10));

		jdbc.sql("""
				insert into carnet_entree (beneficiaire_id, acquis, ecrit_le)
				values (?, 'Un souvenir', '2026-01-05T10:00:00Z')""").param(suivie).update();
		assertThat(dernierContact(suivie)).as("un écrit daté d'avant ne recule pas le contact")
			.isEqualTo(LocalDate.of(2026, 4, 10));

		horloge.regler(Instant.parse("2026-06-01T08:00:00Z"));
		conservation.noterUnContact(enCours.conseiller().perimetre(), silencieuse, horloge.instant());
		assertThat(dernierContact(silencieuse)).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(jdbc.sql("select action from journal_audit where objet_id = ? and action = 'CONTACT_NOTE'")
			.param(silencieuse)
			.query(String.class)
			.list()).hasSize(1);
		assertThatThrownBy(() -> conservation.noterUnContact(
				comptes.conseiller(parcoursEnCours.parcoursEnCours().agence()).perimetre(), suivie, horloge.instant()))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void the_counsellor_is_told_once_thirty_days_before_and_the_record_is_anonymised_at_two_years() throws Exception {
		Long presentes = compter("select count(*) from presence where beneficiaire_id = ?", silencieuse);
		horloge.regler(Instant.parse("2025-12-01T09:00:00Z"));
		Long oubliee = kit.oriente(enCours, "Oubliee" + Unique.numero(), null, null);
		nuit("2028-01-31T01:30:00Z");
		assertThat(avis(silencieuse)).isNull();
		assertThat(nom(oubliee)).as("deux ans passés dès la première nuit : anonyme").isEqualTo("anonymisée");
		assertThat(avis(oubliee)).as("sans avis « dans 30 jours » qui serait faux").isNull();
		assertThat(conservation.bientotAnonymisees(enCours.conseiller().perimetre(), horloge.instant(), Curseur.debut())
			.lignes()).isEmpty();

		nuit("2028-02-01T01:30:00Z");
		assertThat(avis(silencieuse)).isEqualTo(LocalDate.of(2028, 2, 1));
		assertThat(avis(suivie)).as("son dernier contact est d'un jour plus tard").isNull();
		assertThat(conservation.bientotAnonymisees(enCours.conseiller().perimetre(), horloge.instant(), Curseur.debut())
			.lignes()).extracting(Conservation.FicheSansContact::id, Conservation.FicheSansContact::anonymiseeLe)
			.containsExactly(tuple(silencieuse, LocalDate.of(2028, 3, 2)));
		assertThat(conservation
			.bientotAnonymisees(comptes.conseiller(parcoursEnCours.parcoursEnCours().agence()).perimetre(),
					horloge.instant(), Curseur.debut())
			.lignes()).as("une autre agence ne voit pas les siennes").isEmpty();

		nuit("2028-02-02T01:30:00Z");
		assertThat(avis(silencieuse)).as("prévenu une seule fois").isEqualTo(LocalDate.of(2028, 2, 1));
		TransactionSynchronizationUtils.triggerAfterCommit();
		assertThat(avis(suivie)).isEqualTo(LocalDate.of(2028, 2, 2));
		// one mail each night, for one person each: the first is not told twice
		List<MimeMessage> recus = avisRecus(enCours.conseiller().identifiant());
		assertThat(recus).hasSize(2);
		for (MimeMessage recu : recus) {
			assertThat(recu.getContent().toString()).contains("1 personne(s)").doesNotContain(nomSilencieuse);
		}

		nuit("2028-03-01T01:30:00Z");
		assertThat(nom(silencieuse)).isEqualTo(nomSilencieuse);

		nuit("2028-03-02T01:30:00Z");
		assertThat(jdbc.sql("""
				select prenom, nom, email, conseiller_id, effacement_motif from beneficiaire where id = ?""")
			.param(silencieuse)
			.query((rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4),
					rs.getString(5)))
			.single()).containsExactly("Personne", "anonymisée", null, null, "CONSERVATION");
		assertThat(nom(suivie)).as("un jour de plus : gardée").startsWith("Suivie");
		assertThat(jdbc.sql("select statut from orientation where id = ?").param(attente).query(String.class).single())
			.as("un parcours fini depuis longtemps ne promeut personne")
			.isEqualTo("EN_LISTE_ATTENTE");
		assertThat(compter("select count(*) from carnet_entree where beneficiaire_id = ?", silencieuse)).isZero();
		assertThat(compter("select count(*) from presence where beneficiaire_id = ?", silencieuse))
			.as("les chiffres restent")
			.isEqualTo(presentes)
			.isOne();
		assertThat(jdbc.sql("""
				select o.statut, t.auteur, t.motif from orientation o join orientation_transition t
				on t.orientation_id = o.id and t.vers = o.statut where o.beneficiaire_id = ?""")
			.param(silencieuse)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()).containsExactly(tuple("ABANDON", "plateforme", MotifEffacement.CONSERVATION.raison()));
		assertThat(jdbc.sql("select auteur, finalite from journal_audit where objet_id = ? and action = ?")
			.params(silencieuse, "ANONYMISATION")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
			.list()).containsExactly(tuple("plateforme", "DROITS"));
		assertThat(beneficiaires.beneficiaires(enCours.conseiller().perimetre(), null, Curseur.debut()).lignes())
			.extracting(BeneficiaireLigne::id)
			.contains(suivie)
			.doesNotContain(silencieuse);
		// last: a refusal marks the test's transaction rollback-only
		assertThatThrownBy(() -> beneficiaires.fiche(enCours.conseiller().perimetre(), silencieuse))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> conservation.bientotAnonymisees(enCours.facilitateur().perimetre(), horloge.instant(),
				Curseur.debut()))
			.isInstanceOf(AccesRefuseException.class);

		presences.emarger(enCours.parcours().ateliers().get(1), silencieuse, PresenceStatut.PRESENT);
		assertThat(nom(silencieuse)).as("rien ne ramène la personne").isEqualTo("anonymisée");
	}

	@Test
	void the_nightly_job_refuses_to_run_inside_a_transaction_whose_work_its_lock_would_commit() {
		assertThatThrownBy(() -> tache.lancer()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("hors de toute transaction");
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'conservation'").query(Long.class).single())
			.isZero();
	}

	/**
	 * The nightly job's work on that night (its lock between instances is tested with two
	 * instances, outside any transaction: see DeuxInstancesWebTest).
	 */
	private void nuit(String instant) {
		horloge.regler(Instant.parse(instant));
		tache.nuit(horloge.instant());
	}

	private List<MimeMessage> avisRecus(String destinataire) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().equals(SUJET) && m.getAllRecipients()[0].toString().equals(destinataire);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private LocalDate dernierContact(Long personne) {
		return jdbc.sql("select dernier_contact_le from beneficiaire where id = ?")
			.param(personne)
			.query(LocalDate.class)
			.single();
	}

	private LocalDate avis(Long personne) {
		return jdbc.sql("select conservation_avis_le from beneficiaire where id = ?")
			.param(personne)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private String nom(Long personne) {
		return jdbc.sql("select nom from beneficiaire where id = ?").param(personne).query(String.class).single();
	}

	private Long compter(String requete, Long personne) {
		return jdbc.sql(requete).param(personne).query(Long.class).single();
	}

}
