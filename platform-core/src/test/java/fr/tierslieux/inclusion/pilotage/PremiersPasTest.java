package fr.tierslieux.inclusion.pilotage;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.VagueService;
import fr.tierslieux.inclusion.pilotage.PremiersPas.Etapes;

import static org.assertj.core.api.Assertions.assertThat;

/** The first steps of an empty région are ticked one by one as the records appear. */
@CoreTest
@Transactional
class PremiersPasTest {

	@Autowired
	PremiersPas premiersPas;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	VagueService vagues;

	@Autowired
	BinomeKit binomes;

	@Test
	void each_step_is_ticked_when_done_in_the_region() {
		RegionDeTest region = territoire.region();
		Connecte coordination = comptes.coordinateur(region.code());
		assertThat(premiersPas.etapes(coordination.perimetre())).isEqualTo(new Etapes(false, false, false, false));

		Long agence = annuaire.agence(region.departement());
		Long lieu = annuaire.tiersLieu("Lieu", region.departement());
		assertThat(premiersPas.etapes(coordination.perimetre()).referentiels()).isTrue();
		vagues.ouvrir(coordination.perimetre(),
				new VagueService.NouvelleVague("Vague " + Unique.numero(), region.code(), LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 12, 31), new BigDecimal("80000"), VagueService.tarifsDuGuide()));
		comptes.conseiller(agence);
		assertThat(premiersPas.etapes(coordination.perimetre())).isEqualTo(new Etapes(true, true, true, false));
		binomes.binome(region.code(), agence, lieu);
		assertThat(premiersPas.etapes(coordination.perimetre()).toutesFaites()).isTrue();
		assertThat(premiersPas.etapes(comptes.conseiller(agence).perimetre())).isNull();
	}

}
