package fr.tierslieux.inclusion.importation;

import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.Importeur;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Probleme;
import fr.tierslieux.inclusion.fichier.Signalements;
import fr.tierslieux.inclusion.fichier.Tableau;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import fr.tierslieux.inclusion.fichier.Importeur.Existant;

/**
 * A file read row by row by its importer: the good rows, the problems, and what writing
 * them would do. Run for the preview (nothing written), then again when the import runs.
 */
final class Analyse<T> {

	/** Rows compared and written together, in one transaction. */
	static final int LOT = 500;

	private final Importeur<T> importeur;

	private final List<T> valides = new ArrayList<>();

	private final List<Integer> numeros = new ArrayList<>();

	private final List<Probleme> problemes = new ArrayList<>();

	private int lignes;

	private int rejetees;

	private int avertissements;

	private int nouvelles;

	private int modifiees;

	private int inchangees;

	private Analyse(Importeur<T> importeur) {
		this.importeur = importeur;
	}

	static <T> Analyse<T> lire(Importeur<T> importeur, Tableau tableau, ContexteImport contexte) {
		List<String> absentes = importeur.colonnesObligatoires(contexte)
			.stream()
			.filter(c -> !tableau.colonnes().contains(c))
			.toList();
		if (!absentes.isEmpty()) {
			throw new FichierRefuseException("Colonnes attendues absentes : " + String.join(", ", absentes)
					+ ". Colonnes lues : " + String.join(", ", tableau.colonnes().stream().limit(15).toList())
					+ ". Vérifiez le type d'import, le séparateur et la ligne d'en-tête.");
		}
		Analyse<T> analyse = new Analyse<>(importeur);
		Map<String, Integer> cles = new HashMap<>();
		for (Ligne ligne : tableau.lignes()) {
			analyse.lignes++;
			Signalements signalements = new Signalements(ligne.numero());
			T valeur = lireSansPlanter(importeur, ligne, signalements, contexte);
			if (valeur != null && !signalements.rejetee()) {
				Integer premiere = cles.putIfAbsent(importeur.cle(valeur), ligne.numero());
				if (premiere != null) {
					signalements.rejeter(null, null, "Même élément que la ligne " + premiere + " : ligne ignorée.");
				}
			}
			if (signalements.rejetee()) {
				analyse.rejetees++;
			}
			else {
				analyse.valides.add(valeur);
				analyse.numeros.add(ligne.numero());
			}
			signalements.problemes().forEach(analyse::signaler);
		}
		return analyse;
	}

	private static <T> T lireSansPlanter(Importeur<T> importeur, Ligne ligne, Signalements signalements,
			ContexteImport contexte) {
		try {
			T valeur = importeur.lire(ligne, signalements, contexte);
			if (valeur == null && !signalements.rejetee()) {
				signalements.rejeter(null, null, "Ligne illisible.");
			}
			return valeur;
		}
		catch (RuntimeException e) {
			signalements.rejeter(null, null, "Ligne illisible : " + e.getMessage());
			return null;
		}
	}

	private void signaler(Probleme probleme) {
		problemes.add(probleme);
		if (!probleme.rejet()) {
			avertissements++;
		}
	}

	/**
	 * Compares the good rows with the database, one lot at a time, and hands each lot's
	 * writes to {@code ecrire} (the preview passes a no-op).
	 */
	void comparer(LotAEcrire<T> ecrire, IntConsumer progression) {
		nouvelles = 0;
		modifiees = 0;
		inchangees = 0;
		int rejeteesALaLecture = rejetees;
		for (int debut = 0; debut < valides.size(); debut += LOT) {
			List<T> lot = valides.subList(debut, Math.min(valides.size(), debut + LOT));
			Map<String, Existant<T>> existants = importeur.existants(lot);
			List<Existant<T>> ecritures = new ArrayList<>();
			List<Integer> lignesEcrites = new ArrayList<>();
			for (int i = 0; i < lot.size(); i++) {
				T valeur = lot.get(i);
				Existant<T> existant = existants.get(importeur.cle(valeur));
				T nouvelle = importeur.aEcrire(valeur, existant);
				if (nouvelle == null) {
					inchangees++;
				}
				else {
					ecritures.add(new Existant<>(existant == null ? null : existant.id(), nouvelle));
					lignesEcrites.add(numeros.get(debut + i));
					if (existant == null) {
						nouvelles++;
					}
					else {
						modifiees++;
					}
				}
			}
			ecrire.ecrire(ecritures).forEach((index, motif) -> {
				Existant<T> refusee = ecritures.get(index);
				if (refusee.id() == null) {
					nouvelles--;
				}
				else {
					modifiees--;
				}
				rejetees++;
				signaler(new Probleme(lignesEcrites.get(index), null, null, motif, true));
			});
			progression.accept(Math.min(valides.size(), debut + LOT) + rejeteesALaLecture);
		}
	}

	List<Probleme> problemes() {
		return problemes;
	}

	Bilan bilan() {
		return new Bilan(lignes, nouvelles, modifiees, inchangees, rejetees, avertissements);
	}

	/** Writes one lot, in its own transaction when the import runs. */
	@FunctionalInterface
	interface LotAEcrire<T> {

		/**
		 * @return the rows the database refused, by index in the lot, with the reason
		 */
		Map<Integer, String> ecrire(List<Existant<T>> ecritures);

	}

}
