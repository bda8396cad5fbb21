package fr.tierslieux.inclusion.atelier;

import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.atelier.AgendaDesSeances.Agenda;
import fr.tierslieux.inclusion.atelier.AgendaDesSeances.Lieu;
import fr.tierslieux.inclusion.atelier.AgendaDesSeances.SeanceDuMois;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The month's agenda: exactly the sessions of the tiers-lieu or perimeter shown, for each
 * role, and nothing of a tiers-lieu the reader does not follow.
 */
@CoreTest
@Transactional
class AgendaDesSeancesTest {

	static final YearMonth JANVIER = YearMonth.of(2026, 1);

	@Autowired
	AgendaDesSeances agenda;

	@Autowired
	PlanningDesSeances planning;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	BinomeKit binomes;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	TerritoireKit territoire;

	ParcoursEnCours a;

	Long lieuB;

	ParcoursDeTest parcoursB;

	@BeforeEach
	void deuxTiersLieuxDansUneRegion() {
		a = parcoursEnCours.parcoursEnCours();
		Long agenceB = annuaire.agence(a.region().departement());
		lieuB = annuaire.tiersLieu("Atelier B " + Unique.numero(), a.region().departement());
		parcoursB = parcoursKit.parcours(binomes.binome(a.region().code(), agenceB, lieuB), "Coder " + Unique.numero(),
				3);
	}

	@Test
	void a_facilitator_sees_the_month_of_their_tiers_lieu_and_no_other() {
		Agenda lu = agenda.mois(a.facilitateur().perimetre(), null, JANVIER);

		assertThat(lu.lieu()).extracting(Lieu::id).isEqualTo(a.tiersLieu());
		assertThat(lu.lieux()).extracting(Lieu::id).containsExactly(a.tiersLieu());
		assertThat(lu.seances()).extracting(SeanceDuMois::id).containsExactlyElementsOf(a.parcours().ateliers());
		assertThatThrownBy(() -> agenda.mois(a.facilitateur().perimetre(), lieuB, JANVIER))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void a_counsellor_sees_their_agence_s_binomes_and_the_coordination_the_whole_region_or_one_tiers_lieu() {
		assertThat(agenda.mois(a.conseiller().perimetre(), null, JANVIER).seances()).extracting(SeanceDuMois::id)
			.containsExactlyElementsOf(a.parcours().ateliers());

		Connecte coordination = comptes.coordinateur(a.region().code());
		Agenda region = agenda.mois(coordination.perimetre(), null, JANVIER);
		assertThat(region.lieu()).isNull();
		assertThat(region.lieux()).extracting(Lieu::id).containsExactlyInAnyOrder(a.tiersLieu(), lieuB);
		assertThat(region.seances()).extracting(SeanceDuMois::id)
			.containsExactlyInAnyOrder(a.parcours().ateliers().get(0), a.parcours().ateliers().get(1),
					parcoursB.ateliers().get(0), parcoursB.ateliers().get(1), parcoursB.ateliers().get(2));
		assertThat(region.seances()).extracting(SeanceDuMois::date).isSorted();
		assertThat(agenda.mois(coordination.perimetre(), lieuB, JANVIER).seances()).extracting(SeanceDuMois::id)
			.containsExactlyElementsOf(parcoursB.ateliers());
		assertThat(agenda.mois(comptes.coordinateur(territoire.region().code()).perimetre(), null, JANVIER).seances())
			.isEmpty();
	}

	@Test
	void a_month_holds_its_own_days_only_and_shows_a_cancelled_session_as_such() {
		Long seconde = a.parcours().ateliers().get(1);
		planning.annuler(a.facilitateur().perimetre(), seconde, 0, "Grève des transports");

		assertThat(agenda.mois(a.facilitateur().perimetre(), null, JANVIER).seances())
			.extracting(SeanceDuMois::id, SeanceDuMois::annulee)
			.containsExactly(tuple(a.parcours().ateliers().get(0), false), tuple(seconde, true));
		assertThat(agenda.mois(a.facilitateur().perimetre(), null, YearMonth.of(2026, 2)).seances()).isEmpty();
		assertThat(agenda.mois(a.facilitateur().perimetre(), null, YearMonth.of(2025, 12)).seances()).isEmpty();
	}

}
