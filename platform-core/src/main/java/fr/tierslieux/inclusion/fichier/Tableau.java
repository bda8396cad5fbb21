package fr.tierslieux.inclusion.fichier;

import java.util.List;

/** A file read as rows of named cells, whatever its format. */
public record Tableau(List<String> colonnes, List<Ligne> lignes) {

	public Tableau {
		colonnes = List.copyOf(colonnes);
		lignes = List.copyOf(lignes);
	}

}
