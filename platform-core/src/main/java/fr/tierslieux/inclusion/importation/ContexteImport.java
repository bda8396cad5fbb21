package fr.tierslieux.inclusion.importation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * What an importer needs besides the row, for one reading of one file.
 */
public final class ContexteImport {

	private final Perimetre perimetre;

	private final Map<String, String> correspondance;

	private final Instant maintenant;

	private final Map<String, Object> memoire = new HashMap<>();

	/**
	 * @param perimetre the author's: a coordinator's rows outside their régions are
	 * rejected
	 * @param correspondance for a CSV list of places: target field → column of the file
	 * @param maintenant the import's time (injected clock)
	 */
	public ContexteImport(Perimetre perimetre, Map<String, String> correspondance, Instant maintenant) {
		this.perimetre = perimetre;
		this.correspondance = correspondance == null ? Map.of() : Map.copyOf(correspondance);
		this.maintenant = maintenant;
	}

	public Perimetre perimetre() {
		return perimetre;
	}

	public Map<String, String> correspondance() {
		return correspondance;
	}

	public Instant maintenant() {
		return maintenant;
	}

	/** Whether the author may write in this région. */
	public boolean couvre(String regionCode) {
		return perimetre.voitTout() || perimetre.regions().contains(regionCode);
	}

	/**
	 * A value computed once per reading of the file (the départements known, say) rather
	 * than once per row.
	 */
	@SuppressWarnings("unchecked")
	public <V> V memoriser(String cle, Supplier<V> calcul) {
		return (V) memoire.computeIfAbsent(cle, c -> calcul.get());
	}

}
