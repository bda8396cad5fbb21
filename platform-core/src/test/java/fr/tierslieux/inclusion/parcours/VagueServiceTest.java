package fr.tierslieux.inclusion.parcours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.parcours.VagueService.NouvelleVague;
import fr.tierslieux.inclusion.parcours.VagueService.VagueLigne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coordination opens vagues in its régions, each with its tariff table, and sees those
 * only.
 */
@CoreTest
@Transactional
class VagueServiceTest {

	@Autowired
	VagueService vagues;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	CompteKit comptes;

	@Test
	void a_vague_keeps_its_tariffs_and_is_seen_by_its_region_and_the_admins_only() {
		String ici = territoire.region().code();
		String ailleurs = territoire.region().code();
		Connecte coordination = comptes.coordinateur(ici);
		Map<FormatParcours, BigDecimal> tarifs = VagueService.tarifsDuGuide();
		tarifs.put(FormatParcours.LONG_INTENSIF, new BigDecimal("18000.50"));

		Long id = vagues.ouvrir(coordination.perimetre(), new NouvelleVague("Vague 2027", ici, LocalDate.of(2027, 1, 4),
				LocalDate.of(2027, 12, 17), new BigDecimal("85000.00"), tarifs));
		Long autre = vagues.ouvrir(comptes.coordinateur(ailleurs).perimetre(), new NouvelleVague("Vague 2027", ailleurs,
				LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), BigDecimal.ZERO, tarifs));

		assertThat(vagues.vagues(coordination.perimetre())).extracting(VagueLigne::id).containsExactly(id);
		VagueLigne vague = vagues.vagues(coordination.perimetre()).get(0);
		assertThat(vague.tarifs()).containsEntry(FormatParcours.COURT, new BigDecimal("5000.00"))
			.containsEntry(FormatParcours.LONG_INTENSIF, new BigDecimal("18000.50"))
			.hasSize(4);
		assertThat(vagues.vagues(comptes.admin().perimetre())).extracting(VagueLigne::id).contains(id, autre);
		assertThat(vagues.nomPris(ici, "vague 2027")).isTrue();
		assertThat(vagues.nomPris(ici, "Vague 2028")).isFalse();
		assertThatThrownBy(
				() -> vagues
					.ouvrir(coordination.perimetre(),
							new NouvelleVague("Intrusion", ailleurs, LocalDate.of(2027, 1, 4),
									LocalDate.of(2027, 6, 30), BigDecimal.ZERO, tarifs)))
			.isInstanceOf(AccesRefuseException.class);
	}

}
