package fr.tierslieux.inclusion.progression;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.progression.SuiviDesSorties.AFaire;
import fr.tierslieux.inclusion.progression.SuiviDesSorties.Etape;
import fr.tierslieux.inclusion.progression.SuiviDesSorties.Repartition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The situation after the parcours, with a fixed clock: due at the end, at 3 and at 6
 * months; recorded by the counsellor only; reminded once, naming nobody; counted per
 * typologie in the vague.
 */
@CoreTest
@Transactional
class SuiviDesSortiesTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	SuiviDesSorties suivi;

	@Autowired
	BeneficiaireService beneficiaires;

	@Autowired
	OrientationService orientations;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long personne;

	Long orientation;

	/** The parcours ends on 2 March 2026. */
	@BeforeEach
	void unParcoursTermineLeDeuxMars() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		personne = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Sortie" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		orientation = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
		orientations.changerStatut(enCours.facilitateur().perimetre(), orientation, 2, OrientationStatut.TERMINEE,
				null);
	}

	@Test
	void each_situation_falls_due_in_turn_and_is_recorded_once_a_correction_replacing_it() {
		assertThat(etapes()).extracting(Etape::echeance, Etape::le, Etape::due)
			.containsExactly(tuple(Echeance.FIN, LocalDate.of(2026, 3, 2), true),
					tuple(Echeance.M3, LocalDate.of(2026, 6, 2), false),
					tuple(Echeance.M6, LocalDate.of(2026, 9, 2), false));
		assertThatThrownBy(() -> enregistrer(Echeance.M3, Situation.FORMATION, null)).isInstanceOfSatisfying(
				SaisieRefuseeException.class, e -> assertThat(e.codeMessage()).isEqualTo("sortie.pasEncore"));

		enregistrer(Echeance.FIN, Situation.EN_RECHERCHE, null);
		enregistrer(Echeance.FIN, Situation.FORMATION, "Titre professionnel");
		horloge.regler(Instant.parse("2026-06-02T08:00:00Z"));
		enregistrer(Echeance.M3, Situation.EMPLOI_TRANSITION, null);

		assertThat(etapes()).extracting(e -> e.saisie().map(SuiviDesSorties.Releve::situation).orElse(null))
			.containsExactly(Situation.FORMATION, Situation.EMPLOI_TRANSITION, null);
		assertThat(jdbc.sql("select count(*) from situation_sortie where orientation_id = ?")
			.param(orientation)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void a_wrong_form_says_what_is_wrong_and_only_the_counsellor_writes() {
		assertThatThrownBy(() -> enregistrer(Echeance.FIN, null, null))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("situation"));
		assertThatThrownBy(() -> enregistrer(Echeance.FIN, Situation.AUTRE, "  "))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("precision"));
		assertThatThrownBy(() -> suivi.enregistrer(enCours.facilitateur().perimetre(), personne, orientation,
				Echeance.FIN, Situation.FORMATION, null))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(
				() -> suivi.enregistrer(comptes.conseiller(annuaire.agence(enCours.region().departement())).perimetre(),
						personne, orientation, Echeance.FIN, Situation.FORMATION, null))
			.isInstanceOf(IntrouvableException.class);
		Long enParcours = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Encore" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		Long sonOrientation = jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(enParcours)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> suivi.enregistrer(enCours.conseiller().perimetre(), enParcours, sonOrientation,
				Echeance.FIN, Situation.FORMATION, null))
			.isInstanceOf(ConflitException.class);
		assertThat(jdbc.sql("select count(*) from situation_sortie where orientation_id in (?, ?)")
			.params(orientation, sonOrientation)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void the_counsellor_lists_exactly_what_is_due_and_is_reminded_once_without_a_name() throws Exception {
		assertThat(suivi.aFaire(enCours.conseiller().perimetre())).extracting(AFaire::orientationId, AFaire::echeance)
			.containsExactly(tuple(orientation, Echeance.FIN));
		assertThat(suivi.rappeler(CoreTestApplication.DEPART.plus(Duration.ofHours(1)))).isGreaterThanOrEqualTo(1);
		enregistrer(Echeance.FIN, Situation.EN_RECHERCHE, null);
		assertThat(suivi.aFaire(enCours.conseiller().perimetre())).isEmpty();

		Instant troisMois = Instant.parse("2026-06-02T05:00:00Z");
		horloge.regler(troisMois);
		assertThat(suivi.aFaire(enCours.conseiller().perimetre())).extracting(AFaire::echeance)
			.containsExactly(Echeance.M3);
		suivi.rappeler(troisMois);
		assertThat(jdbc.sql("select echeance from rappel_sortie where orientation_id = ? order by echeance")
			.param(orientation)
			.query(String.class)
			.list()).containsExactly("FIN", "M3");
		suivi.rappeler(troisMois.plus(Duration.ofDays(1)));
		assertThat(jdbc.sql("select count(*) from rappel_sortie where orientation_id = ?")
			.param(orientation)
			.query(Long.class)
			.single()).as("un seul rappel par échéance").isEqualTo(2);
		assertThatThrownBy(() -> suivi.aFaire(enCours.facilitateur().perimetre()))
			.isInstanceOf(AccesRefuseException.class);

		TransactionSynchronizationUtils.triggerAfterCommit();
		List<MimeMessage> rappels = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().equals("Situations de sortie à noter")
						&& m.getAllRecipients()[0].toString().equals(enCours.conseiller().identifiant());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(rappels).hasSize(2);
		String nom = jdbc.sql("select nom from beneficiaire where id = ?").param(personne).query(String.class).single();
		assertThat(rappels)
			.allSatisfy(m -> assertThat(m.getContent().toString()).doesNotContain(nom).contains("1 situation(s)"));
	}

	@Test
	void the_coordination_counts_the_situations_per_typologie_and_echeance_of_its_vague() {
		enregistrer(Echeance.FIN, Situation.FORMATION, null);
		Long vague = jdbc.sql("select vague_id from binome where id = ?")
			.param(enCours.binome())
			.query(Long.class)
			.single();

		assertThat(suivi.repartition(comptes.coordinateur(enCours.region().code()).perimetre(), vague))
			.extracting(Repartition::typologie, Repartition::echeance, Repartition::situations, Repartition::total)
			.containsExactly(tuple(TypologieParcours.APPRENTISSAGE_PAR_LE_FAIRE.name(), Echeance.FIN,
					Map.of(Situation.FORMATION, 1L), 1L));
		assertThatThrownBy(() -> suivi.repartition(comptes.coordinateur(territoire.region().code()).perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);

		// and per parcours, for those who see its binôme
		assertThat(suivi.duParcours(enCours.facilitateur().perimetre(), enCours.parcours().id()))
			.extracting(Repartition::echeance, Repartition::situations)
			.containsExactly(tuple(Echeance.FIN, Map.of(Situation.FORMATION, 1L)));
		assertThat(suivi.duParcours(enCours.conseiller().perimetre(),
				parcoursKit.parcours(enCours.binome(), "Sans sortie " + Unique.numero(), 1).id()))
			.isEmpty();
		assertThatThrownBy(() -> suivi.duParcours(comptes.coordinateur(territoire.region().code()).perimetre(),
				enCours.parcours().id()))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void a_referral_recorded_ended_without_its_history_ends_with_its_parcours() {
		Long importee = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Importee" + Unique.numero(), null, enCours.parcours().id(), null);
		jdbc.sql("update orientation set statut = 'TERMINEE' where beneficiaire_id = ?").param(importee).update();

		assertThat(suivi.suivis(beneficiaires.fiche(enCours.conseiller().perimetre(), importee)).get(0).fin())
			.isEqualTo(jdbc.sql("select date_fin from parcours where id = ?")
				.param(enCours.parcours().id())
				.query(LocalDate.class)
				.single());
		assertThat(suivi.aFaire(enCours.conseiller().perimetre())).extracting(AFaire::beneficiaireId)
			.contains(importee);
	}

	private void enregistrer(Echeance echeance, Situation situation, String precision) {
		suivi.enregistrer(enCours.conseiller().perimetre(), personne, orientation, echeance, situation, precision);
	}

	private List<Etape> etapes() {
		return suivi.suivis(beneficiaires.fiche(enCours.conseiller().perimetre(), personne)).get(0).etapes();
	}

}
