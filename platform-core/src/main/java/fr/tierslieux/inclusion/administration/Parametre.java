package fr.tierslieux.inclusion.administration;

/**
 * A setting the admins change on the platform's settings page, within bounds; until they
 * do, the configuration's value applies (its property, or the default here).
 */
public enum Parametre {

	/** A binôme with nothing happening for longer is shown first on the cockpit. */
	COCKPIT_JOURS_SANS_ACTIVITE("plateforme.cockpit.jours-sans-activite", 30, 1, 365),
	/** A binôme held longer in T0, T1 or T3 is shown as overdue. */
	COCKPIT_JOURS_PAR_PHASE("plateforme.cockpit.jours-par-phase", 90, 7, 730),
	/** A convention ending within this many days without a follow-up is flagged. */
	CONVENTIONS_JOURS_AVANT_ECHEANCE("plateforme.conventions.jours-avant-echeance", 60, 1, 365),
	/** Past this many rows, an export is produced in the background. */
	EXPORTS_SEUIL_LIGNES("plateforme.exports.seuil-lignes", 50_000, 1, 1_000_000),
	/** How long a background export's file waits for its author. */
	EXPORTS_CONSERVATION_HEURES("plateforme.exports.conservation-heures", 24, 1, 168);

	private final String propriete;

	private final long defaut;

	private final long minimum;

	private final long maximum;

	Parametre(String propriete, long defaut, long minimum, long maximum) {
		this.propriete = propriete;
		this.defaut = defaut;
		this.minimum = minimum;
		this.maximum = maximum;
	}

	public String propriete() {
		return propriete;
	}

	public long defaut() {
		return defaut;
	}

	public long minimum() {
		return minimum;
	}

	public long maximum() {
		return maximum;
	}

}
