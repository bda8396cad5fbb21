package fr.tierslieux.inclusion.kit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.ParcoursService;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

/** Parcours with their ateliers, one a week from 5 January 2026, 14 h – 17 h. */
@Component
public class ParcoursKit {

	private static final LocalDate DEBUT = LocalDate.of(2026, 1, 5);

	private final ParcoursService parcours;

	private final AtelierService ateliers;

	ParcoursKit(ParcoursService parcours, AtelierService ateliers) {
		this.parcours = parcours;
		this.ateliers = ateliers;
	}

	public ParcoursDeTest parcours(Long binome, String intitule, int nombreAteliers) {
		Long id = parcours.creer(binome, intitule, TypologieParcours.APPRENTISSAGE_PAR_LE_FAIRE, FormatParcours.COURT,
				new BigDecimal("5000.00"), "Toutes les typologies", DEBUT, DEBUT.plusWeeks(nombreAteliers), 10);
		List<Long> seances = new ArrayList<>();
		for (int i = 0; i < nombreAteliers; i++) {
			seances.add(ateliers.planifier(id, intitule + " — séance " + (i + 1), DEBUT.plusWeeks(i),
					LocalTime.of(14, 0), LocalTime.of(17, 0), "Salle de test", TypeAtelier.THEORIQUE));
		}
		return new ParcoursDeTest(id, intitule, List.copyOf(seances));
	}

	public record ParcoursDeTest(Long id, String intitule, List<Long> ateliers) {
	}

}
