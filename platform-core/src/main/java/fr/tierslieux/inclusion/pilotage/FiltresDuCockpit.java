package fr.tierslieux.inclusion.pilotage;

import java.time.LocalDate;

import fr.tierslieux.inclusion.parcours.TypologieParcours;

/**
 * What the cockpit is narrowed to, as the URL carries it; every part optional.
 *
 * @param du parcours running on or after this day
 * @param au parcours running on or before this day
 */
public record FiltresDuCockpit(Long vague, LocalDate du, LocalDate au, String departement, TypologieParcours typologie,
		Long tiersLieu) {

	public static final FiltresDuCockpit AUCUN = new FiltresDuCockpit(null, null, null, null, null, null);

	public boolean aucun() {
		return equals(AUCUN);
	}

}
