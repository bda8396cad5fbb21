package fr.tierslieux.inclusion.atelier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.Planning;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceService;
import fr.tierslieux.inclusion.presence.PresenceStatut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A parcours' calendar as its tiers-lieu plans it: who may plan, what is refused, who is
 * told of a move or a cancellation (read from a real SMTP server after the commit), what
 * a cancelled session no longer counts, and the {@code .ics} file read back by a calendar
 * parser.
 */
@CoreTest
@Transactional
class PlanningDesSeancesTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	PlanningDesSeances planning;

	@Autowired
	CalendrierDesSeances calendrier;

	@Autowired
	PresenceService presences;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	JdbcClient jdbc;

	RegionDeTest region;

	Long agence;

	Connecte facilitation;

	Connecte conseiller;

	ParcoursDeTest parcours;

	@BeforeEach
	void unParcoursDeDeuxSeances() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		region = enCours.region();
		agence = enCours.agence();
		facilitation = enCours.facilitateur();
		conseiller = enCours.conseiller();
		// 5 and 12 January 2026, 14 h – 17 h; the parcours runs from 5 to 19 January
		parcours = enCours.parcours();
	}

	@Test
	void the_facilitator_plans_a_session_and_the_calendar_shows_every_session_in_order() {
		Long laser = planning.planifier(facilitation.perimetre(), parcours.id(),
				new NouvelleSeance("Découpe laser", LocalDate.of(2026, 1, 12), LocalTime.of(9, 0), 150, "Atelier bois",
						TypeAtelier.PRATIQUE_FABLAB, null, true));

		Planning lu = planning.planning(conseiller.perimetre(), parcours.id());
		assertThat(lu.seances()).extracting(Seance::intitule)
			.containsExactly(parcours.intitule() + " — séance 1", "Découpe laser", parcours.intitule() + " — séance 2");
		Seance seance = lu.seances().get(1);
		assertThat(seance.id()).isEqualTo(laser);
		assertThat(seance.fin()).isEqualTo(LocalTime.of(11, 30));
		assertThat(seance.capacite()).as("les places du parcours").isEqualTo(10);
		assertThat(seance.avecConseiller()).isTrue();
		assertThat(lu.parcours().planifiablePar(conseiller.perimetre())).isFalse();
		assertThat(lu.parcours().planifiablePar(facilitation.perimetre())).isTrue();
	}

	@Test
	void only_its_tiers_lieu_and_the_coordination_plan_and_others_do_not_even_see_it() {
		NouvelleSeance seance = new NouvelleSeance("Accueil", LocalDate.of(2026, 1, 6), LocalTime.of(10, 0), 60,
				"Salle", TypeAtelier.SAS_ACCUEIL, 8, false);
		assertThatThrownBy(() -> planning.planifier(conseiller.perimetre(), parcours.id(), seance))
			.isInstanceOf(AccesRefuseException.class);
		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), region.departement()));
		assertThatThrownBy(() -> planning.planning(ailleurs.perimetre(), parcours.id()))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> planning.planning(comptes.pilote(region.code()).perimetre(), parcours.id()))
			.isInstanceOf(IntrouvableException.class);

		planning.planifier(comptes.coordinateur(region.code()).perimetre(), parcours.id(), seance);
		assertThat(planning.planning(facilitation.perimetre(), parcours.id()).seances()).hasSize(3);
	}

	@Test
	void a_session_past_midnight_or_outside_the_parcours_is_refused_with_the_field_to_correct() {
		assertThatThrownBy(() -> planning.planifier(facilitation.perimetre(), parcours.id(),
				new NouvelleSeance("Nuit", LocalDate.of(2026, 1, 6), LocalTime.of(22, 0), 180, "Salle",
						TypeAtelier.ACCES_LIBRE, null, false)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("dureeMinutes"));
		assertThatThrownBy(() -> planning.planifier(facilitation.perimetre(), parcours.id(),
				new NouvelleSeance("Tard", LocalDate.of(2026, 2, 2), LocalTime.of(9, 0), 60, "Salle",
						TypeAtelier.THEORIQUE, null, false)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> {
				assertThat(e.champ()).isEqualTo("date");
				assertThat(e.arguments()).containsExactly("05/01/2026", "19/01/2026");
			});
		assertThat(planning.planning(facilitation.perimetre(), parcours.id()).seances()).hasSize(2);
	}

	@Test
	void moving_a_session_tells_the_people_holding_a_seat_and_their_counsellors_and_nobody_else() throws Exception {
		personne("Inscrite", "ines@exemple.invalid", OrientationStatut.ACCEPTEE);
		personne("Proposee", "paul@exemple.invalid", null);
		Seance premiere = planning.planning(facilitation.perimetre(), parcours.id()).seances().get(0);
		NouvelleSeance deplacee = new NouvelleSeance(premiere.intitule(), LocalDate.of(2026, 1, 7), LocalTime.of(9, 30),
				180, premiere.lieu(), premiere.type(), null, false);

		planning.modifier(facilitation.perimetre(), premiere.id(), premiere.version(), deplacee);
		assertThat(smtp.getReceivedMessages()).as("rien avant la validation").isEmpty();
		TransactionSynchronizationUtils.triggerAfterCommit();

		MimeMessage[] recus = seances();
		assertThat(Arrays.stream(recus).map(m -> destinataire(m)).toList())
			.containsExactlyInAnyOrder("ines@exemple.invalid", conseiller.identifiant());
		assertThat(texte(recus[0])).contains("aura lieu le mercredi 7 janvier 2026 de 9 h 30 à 12 h 30");

		assertThatThrownBy(
				() -> planning.modifier(facilitation.perimetre(), premiere.id(), premiere.version(), deplacee))
			.as("formulaire d'avant le déplacement")
			.isInstanceOf(ConflitException.class);
	}

	@Test
	void renaming_a_session_tells_nobody() {
		personne("Inscrite", "ines@exemple.invalid", OrientationStatut.ACCEPTEE);
		Seance premiere = planning.planning(facilitation.perimetre(), parcours.id()).seances().get(0);
		planning.modifier(facilitation.perimetre(), premiere.id(), premiere.version(), new NouvelleSeance("Nouveau nom",
				premiere.date(), premiere.debut(), 180, premiere.lieu(), TypeAtelier.REUNION_INFORMATION, 12, true));
		TransactionSynchronizationUtils.triggerAfterCommit();

		assertThat(seances()).isEmpty();
		Seance renommee = planning.planning(facilitation.perimetre(), parcours.id()).seances().get(0);
		assertThat(renommee.intitule()).isEqualTo("Nouveau nom");
		assertThat(renommee.capacite()).isEqualTo(12);
	}

	@Test
	void a_cancelled_session_stays_in_the_calendar_no_longer_counts_and_no_longer_changes() {
		personne("Inscrite", "ines@exemple.invalid", OrientationStatut.EN_PARCOURS);
		List<Seance> seances = planning.planning(facilitation.perimetre(), parcours.id()).seances();
		Seance venue = seances.get(0);
		Seance annulee = seances.get(1);
		presences.emarger(facilitation.perimetre(), venue.id(),
				Map.of(personne("Venue", null, null), PresenceStatut.PRESENT));
		assertThatThrownBy(() -> planning.annuler(facilitation.perimetre(), venue.id(), venue.version(), "Grève"))
			.isInstanceOfSatisfying(ConflitException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("conflit.seanceEmargee"));
		assertThatThrownBy(() -> planning.annuler(facilitation.perimetre(), annulee.id(), annulee.version(), "  "))
			.isInstanceOf(SaisieRefuseeException.class);

		planning.annuler(facilitation.perimetre(), annulee.id(), annulee.version(), "Salle inondée");
		TransactionSynchronizationUtils.triggerAfterCommit();

		assertThat(seances()).hasSize(2);
		assertThat(texte(seances()[0]))
			.contains("prévue le lundi 12 janvier 2026 de 14 h à 17 h, est annulée (Salle inondée)");
		Seance lue = planning.planning(facilitation.perimetre(), parcours.id()).seances().get(1);
		assertThat(lue.annulee()).isTrue();
		assertThat(lue.motifAnnulation()).isEqualTo("Salle inondée");
		assertThat(jdbc.sql("select ateliers || ' ' || minutes from bilan_parcours where parcours_id = ?")
			.param(parcours.id())
			.query(String.class)
			.single()).as("une séance de 3 h").isEqualTo("1 180");
		assertThatThrownBy(() -> planning.modifier(facilitation.perimetre(), lue.id(), lue.version(),
				new NouvelleSeance("Reprise", lue.date(), lue.debut(), 60, lue.lieu(), lue.type(), null, false)))
			.isInstanceOfSatisfying(ConflitException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("conflit.seanceAnnulee"));
	}

	@Test
	void the_calendar_file_is_read_back_by_a_parser_in_utc_with_stable_uids_and_the_cancellation() throws Exception {
		Seance seconde = planning.planning(facilitation.perimetre(), parcours.id()).seances().get(1);
		planning.annuler(facilitation.perimetre(), seconde.id(), seconde.version(), "Formateur malade");

		ByteArrayOutputStream fichier = new ByteArrayOutputStream();
		calendrier.ecrire(planning.planning(conseiller.perimetre(), parcours.id()), "plateforme.test", fichier);
		Calendar lu = new CalendarBuilder().build(new ByteArrayInputStream(fichier.toByteArray()));

		List<VEvent> evenements = lu.getComponents("VEVENT");
		assertThat(evenements).hasSize(2);
		assertThat(evenements).extracting(e -> e.getUid().orElseThrow().getValue())
			.containsExactly("seance-" + parcours.ateliers().get(0) + "@plateforme.test",
					"seance-" + seconde.id() + "@plateforme.test");
		// 14 h in Paris in January is 13 h UTC
		DtStart<OffsetDateTime> debut = evenements.get(0).getDateTimeStart();
		assertThat(debut.getDate().toInstant()).isEqualTo(Instant.parse("2026-01-05T13:00:00Z"));
		assertThat(evenements.get(1).getStatus().getValue()).isEqualTo(Status.VALUE_CANCELLED);
		assertThat(evenements.get(0).getStatus().getValue()).isEqualTo(Status.VALUE_CONFIRMED);
	}

	Long personne(String nom, String email, OrientationStatut statut) {
		return kit.oriente(agence, conseiller, facilitation.perimetre(), nom + Unique.numero(), email, parcours.id(),
				statut);
	}

	/**
	 * The mails about sessions (the counsellor is also told of the acceptances that
	 * prepare each test).
	 */
	static MimeMessage[] seances() {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().startsWith("Séance");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(MimeMessage[]::new);
	}

	static String texte(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String destinataire(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
