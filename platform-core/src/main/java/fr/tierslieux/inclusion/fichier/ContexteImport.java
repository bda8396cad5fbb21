package fr.tierslieux.inclusion.fichier;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an importer needs besides the row, for one reading of one file.
 */
public final class ContexteImport {

	private final boolean toutesLesRegions;

	private final Set<String> regions;

	private final Map<String, String> correspondance;

	private final Instant maintenant;

	private final Map<String, Object> memoire = new HashMap<>();

	/**
	 * @param toutesLesRegions the author writes everywhere (an administrator)
	 * @param regions else the régions the author may write in: rows outside are rejected
	 * @param correspondance for a CSV list of places: target field → column of the file
	 * @param maintenant the import's time (injected clock)
	 */
	public ContexteImport(boolean toutesLesRegions, Set<String> regions, Map<String, String> correspondance,
			Instant maintenant) {
		this.toutesLesRegions = toutesLesRegions;
		this.regions = Set.copyOf(regions);
		this.correspondance = correspondance == null ? Map.of() : Map.copyOf(correspondance);
		this.maintenant = maintenant;
	}

	public Map<String, String> correspondance() {
		return correspondance;
	}

	public Instant maintenant() {
		return maintenant;
	}

	/** Whether the author may write in this région. */
	public boolean couvre(String regionCode) {
		return toutesLesRegions || regions.contains(regionCode);
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
