package fr.tierslieux.inclusion.territoire;

import java.time.ZoneId;
import java.util.Map;

/**
 * The clock of a région: sessions are planned at its local time, and "today" is its day.
 */
public final class Fuseau {

	public static final ZoneId METROPOLE = ZoneId.of("Europe/Paris");

	/** The régions whose clock is not the metropolitan one (INSEE codes). */
	private static final Map<String, ZoneId> OUTRE_MER = Map.of("01", ZoneId.of("America/Guadeloupe"), "02",
			ZoneId.of("America/Martinique"), "03", ZoneId.of("America/Cayenne"), "04", ZoneId.of("Indian/Reunion"),
			"06", ZoneId.of("Indian/Mayotte"));

	private Fuseau() {
	}

	public static ZoneId deLaRegion(String regionCode) {
		return OUTRE_MER.getOrDefault(regionCode, METROPOLE);
	}

}
