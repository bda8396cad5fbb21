package fr.tierslieux.inclusion.kit;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.territoire.TerritoireService;

/** Régions and départements of their own, so that a coordinator of it sees only the test's records. */
@Component
public class TerritoireKit {

	private final TerritoireService territoire;

	TerritoireKit(TerritoireService territoire) {
		this.territoire = territoire;
	}

	/** A new région with one département. */
	public RegionDeTest region() {
		String region = Unique.code('Y');
		String departement = Unique.code('X');
		territoire.enregistrerRegion(region, "Région de test " + region);
		territoire.enregistrerDepartement(departement, "Département de test " + departement, region);
		return new RegionDeTest(region, departement);
	}

	public record RegionDeTest(String code, String departement) {
	}

}
