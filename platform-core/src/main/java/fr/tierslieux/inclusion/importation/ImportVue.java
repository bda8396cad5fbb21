package fr.tierslieux.inclusion.importation;

import fr.tierslieux.inclusion.fichier.OptionsDeLecture;
import fr.tierslieux.inclusion.fichier.TypeImport;

import java.time.Instant;
import java.util.Map;

/**
 * An import as its pages show it.
 *
 * @param traitees rows handled so far, for the progress bar
 * @param correspondance for a CSV list of places: target field → column
 */
public record ImportVue(Long id, TypeImport type, String nomFichier, int taille, OptionsDeLecture options,
		StatutImport statut, String auteur, Instant creeLe, Instant debut, Instant fin, int traitees, Bilan bilan,
		String message, Map<String, String> correspondance) {

	public boolean enCours() {
		return statut == StatutImport.EN_COURS;
	}

	/** Percentage of rows handled. */
	public int pourcentage() {
		return bilan.lignes() == 0 ? 0 : Math.min(100, traitees * 100 / bilan.lignes());
	}

	/** Milliseconds from start to end, once done. */
	public Long dureeMillis() {
		return debut == null || fin == null ? null : fin.toEpochMilli() - debut.toEpochMilli();
	}

}
