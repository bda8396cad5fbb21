package fr.tierslieux.inclusion.binome;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.binome.AteliersCollectifs.AtelierCollectif;
import fr.tierslieux.inclusion.binome.AteliersCollectifs.BinomeInvite;
import fr.tierslieux.inclusion.binome.AteliersCollectifs.TypeAtelierCollectif;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The collective workshops of a vague: its binômes are invited, the coordination of its
 * région alone records who came, and only sides of the vague's binômes.
 */
@CoreTest
@Transactional
class AteliersCollectifsTest {

	@Autowired
	AteliersCollectifs ateliers;

	@Autowired
	BinomeService binomes;

	@Autowired
	BinomeKit binomeKit;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	CompteKit comptes;

	@Test
	void the_coordination_plans_a_workshop_and_records_which_side_of_which_binome_came() {
		RegionDeTest region = territoire.region();
		Connecte coordination = comptes.coordinateur(region.code());
		Long vague = binomeKit.vague(region.code());
		Long agence = annuaire.agence(region.departement());
		Long lieu = annuaire.tiersLieu("Lieu", region.departement());
		Long binome = binomes.former(coordination.perimetre(), vague, agence, lieu, null, null);
		Long ailleurs = binomeKit.binome(region.code(), annuaire.agence(region.departement()), lieu);

		assertThat(ateliers.invites(coordination.perimetre(), vague)).extracting(BinomeInvite::id)
			.containsExactly(binome);
		Long atelier = ateliers.planifier(coordination.perimetre(), vague, TypeAtelierCollectif.INTERCONNAISSANCE,
				LocalDate.of(2026, 3, 10), "La Fabrique", "Le CCAS");
		ateliers.enregistrerPresences(coordination.perimetre(), atelier, 0,
				Set.of(binome + ":AGENCE", ailleurs + ":AGENCE", binome + ":AUTRE", "n'importe quoi"));
		assertThatThrownBy(() -> ateliers.enregistrerPresences(coordination.perimetre(), atelier, 0, Set.of()))
			.isInstanceOf(ConflitException.class);

		assertThat(ateliers.ateliers(coordination.perimetre(), vague)).singleElement().satisfies(a -> {
			assertThat(a.presents()).as("ni un binôme d'une autre vague, ni un côté inconnu")
				.containsExactly(binome + ":AGENCE");
			assertThat(a.present(binome, Cote.TIERS_LIEU)).isFalse();
			assertThat(a.autresInvites()).isEqualTo("Le CCAS");
		});
		assertThat(ateliers.ateliers(coordination.perimetre(), vague)).extracting(AtelierCollectif::id)
			.containsExactly(atelier);

		Connecte autreCoordination = comptes.coordinateur(territoire.region().code());
		assertThatThrownBy(() -> ateliers.ateliers(autreCoordination.perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> ateliers.enregistrerPresences(autreCoordination.perimetre(), atelier, 1, Set.of()))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> ateliers.planifier(comptes.conseiller(agence).perimetre(), vague,
				TypeAtelierCollectif.RESTITUTION, LocalDate.of(2026, 6, 1), "Agence", null))
			.isInstanceOf(IntrouvableException.class);
	}

}
