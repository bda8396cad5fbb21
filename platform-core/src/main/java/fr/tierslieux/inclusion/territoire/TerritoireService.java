package fr.tierslieux.inclusion.territoire;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the geographic referential. */
@Service
@Transactional(readOnly = true)
public class TerritoireService {

	private final RegionRepository regions;

	private final DepartementRepository departements;

	TerritoireService(RegionRepository regions, DepartementRepository departements) {
		this.regions = regions;
		this.departements = departements;
	}

	public List<Region> regions() {
		return regions.findAll(Sort.by("code"));
	}

	public List<Departement> departements() {
		return departements.findAll(Sort.by("code"));
	}

	public Region region(String code) {
		return regions.getReferenceById(code);
	}

	public Departement departement(String code) {
		return departements.getReferenceById(code);
	}

	/**
	 * Adds a région of the INSEE geography, or renames it: running it twice changes
	 * nothing.
	 */
	@Transactional
	public void enregistrerRegion(String code, String nom) {
		regions.findById(code).ifPresentOrElse(r -> r.renommer(nom), () -> regions.save(new Region(code, nom)));
	}

	/** Adds a département, or updates its name and région. */
	@Transactional
	public void enregistrerDepartement(String code, String nom, String regionCode) {
		Region region = regions.getReferenceById(regionCode);
		departements.findById(code)
			.ifPresentOrElse(d -> d.mettreAJour(nom, region),
					() -> departements.save(new Departement(code, nom, region)));
	}

}
