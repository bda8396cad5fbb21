package fr.tierslieux.inclusion.kit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.compte.Perimetre;

/** Vagues and binômes. */
@Component
public class BinomeKit {

	/** The coordination that forms the kit's binômes, as their timelines name it. */
	public static final Perimetre COORDINATION = Perimetre.administrateur("kit@test.invalid");

	private final BinomeService binomes;

	BinomeKit(BinomeService binomes) {
		this.binomes = binomes;
	}

	public Long vague(String region) {
		return binomes.ouvrirVague("Vague de test " + Unique.numero(), region, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new BigDecimal("100000.00"));
	}

	/** A binôme in T0, in a new vague of the région. */
	public Long binome(String region, Long agence, Long tiersLieu) {
		return binomes.former(COORDINATION, vague(region), agence, tiersLieu, null, null);
	}

}
