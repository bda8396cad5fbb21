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

}
