package fr.tierslieux.inclusion.badge;

import java.util.List;

/** A badge a binôme defined, with how many people received it. */
public record Badge(Long id, Long binomeId, String nom, String description, String criteres, int presenceMinimale,
		int criteresAtteints, int noteMinimale, Integer validiteMois, List<String> competences, boolean avecImage,
		long version, long attribues) {

}
