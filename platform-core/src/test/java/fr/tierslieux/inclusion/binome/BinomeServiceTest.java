package fr.tierslieux.inclusion.binome;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Transition;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A binôme's phases move under the coordination's hand, and each move is kept. */
@CoreTest
@Transactional
class BinomeServiceTest {

	@Autowired
	BinomeService binomes;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	BinomeKit binomeKit;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	RegionDeTest region;

	Long binome;

	Long tiersLieu;

	Long agence;

	@Autowired
	ParcoursKit parcoursKit;

	@BeforeEach
	void binome() {
		horloge.regler(CoreTestApplication.DEPART);
		region = territoire.region();
		tiersLieu = annuaire.tiersLieu("Lieu du binôme", region.departement());
		agence = annuaire.agence(region.departement());
		binome = binomeKit.binome(region.code(), agence, tiersLieu);
	}

	@Test
	void the_coordination_moves_the_binome_on_and_the_timeline_says_who_and_when() {
		Perimetre coordination = comptes.coordinateur(region.code()).perimetre();
		binomeKit.remplirLaFiche(binome, comptes.conseiller(agence).perimetre(),
				comptes.facilitateur(tiersLieu).perimetre());
		horloge.avancer(Duration.ofDays(30));

		binomes.passerALaPhaseSuivante(coordination, binome, 0, "Fiche ping-pong remplie");

		assertThat(binomes.historique(coordination, binome)).containsExactly(
				new Transition<>(null, Phase.T0, BinomeKit.COORDINATION.identifiant(), null,
						CoreTestApplication.DEPART),
				new Transition<>(Phase.T0, Phase.T1, coordination.identifiant(), "Fiche ping-pong remplie",
						CoreTestApplication.DEPART.plus(Duration.ofDays(30))));
	}

	@Test
	void leaving_t0_needs_the_fiche_answered_by_both_sides_and_t1_a_validated_parcours() {
		Perimetre coordination = comptes.coordinateur(region.code()).perimetre();
		assertThatThrownBy(() -> binomes.passerALaPhaseSuivante(coordination, binome, 0, null))
			.isInstanceOf(ConflitException.class)
			.hasMessage("conflit.ficheIncomplete");
		binomeKit.remplirLaFiche(binome, comptes.conseiller(agence).perimetre(),
				comptes.facilitateur(tiersLieu).perimetre());
		binomes.passerALaPhaseSuivante(coordination, binome, 0, null);

		assertThatThrownBy(() -> binomes.passerALaPhaseSuivante(coordination, binome, 1, null))
			.isInstanceOf(ConflitException.class)
			.hasMessage("conflit.parcoursNonValide");
		parcoursKit.parcours(binome, "Parcours validé", 1);
		binomes.passerALaPhaseSuivante(coordination, binome, 1, null);
		assertThat(binomes.historique(coordination, binome)).extracting(Transition::vers)
			.containsExactly(Phase.T0, Phase.T1, Phase.T2);
	}

	@Test
	void a_stale_version_or_a_finished_binome_is_a_conflict() {
		Perimetre coordination = comptes.coordinateur(region.code()).perimetre();
		binomeKit.remplirLaFiche(binome, comptes.conseiller(agence).perimetre(),
				comptes.facilitateur(tiersLieu).perimetre());
		parcoursKit.parcours(binome, "Parcours validé", 1);
		binomes.passerALaPhaseSuivante(coordination, binome, 0, null);

		assertThatThrownBy(() -> binomes.passerALaPhaseSuivante(coordination, binome, 0, null))
			.isInstanceOf(ConflitException.class);
		for (int version = 1; version < 4; version++) {
			binomes.passerALaPhaseSuivante(coordination, binome, version, null);
		}
		assertThatThrownBy(() -> binomes.passerALaPhaseSuivante(coordination, binome, 4, null))
			.isInstanceOf(ConflitException.class);
		assertThat(binomes.historique(coordination, binome)).hasSize(5);
	}

	@Test
	void only_the_coordination_of_the_region_moves_a_binome() {
		assertThatThrownBy(
				() -> binomes.passerALaPhaseSuivante(comptes.facilitateur(tiersLieu).perimetre(), binome, 0, null))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> binomes
			.passerALaPhaseSuivante(comptes.coordinateur(territoire.region().code()).perimetre(), binome, 0, null))
			.isInstanceOf(IntrouvableException.class);
	}

}
