package fr.tierslieux.inclusion.fichier;

import java.util.List;
import java.util.Map;

/**
 * Reads one kind of file into one table. Values are records of the fields the import
 * sets, normalised, so that what is in the database compares equal to an unchanged row.
 *
 * @param <T> a row as the import writes it
 */
public interface Importeur<T> {

	TypeImport type();

	/** The fields the user maps to columns, for a file read through a mapping. */
	default List<ChampACorrespondre> champs() {
		return List.of();
	}

	/** Columns the file must have; without them it is refused before any row is read. */
	List<String> colonnesObligatoires(ContexteImport contexte);

	/**
	 * Reads and checks one row, reporting what is wrong.
	 * @return the row to write, or null when it is rejected
	 */
	T lire(Ligne ligne, Signalements signalements, ContexteImport contexte);

	/** The business key: two rows of one file with the same key are one too many. */
	String cle(T valeur);

	/** What the database holds now for these rows, by business key (absent: new). */
	Map<String, Existant<T>> existants(List<T> valeurs);

	/**
	 * What to write for a row given what exists.
	 * @return null when nothing changes
	 */
	default T aEcrire(T valeur, Existant<T> existant) {
		return existant != null && existant.valeur().equals(valeur) ? null : valeur;
	}

	/**
	 * Writes new rows ({@code id} null) and changed ones, in the caller's transaction.
	 */
	void ecrire(List<Existant<T>> ecritures);

	/** Work after the last row (flagging possible duplicates). */
	default void terminer(ContexteImport contexte) {
	}

	/**
	 * A row as it is, or will be, in the database.
	 *
	 * @param id its key, null for a row to insert
	 */
	record Existant<T>(Object id, T valeur) {
	}

}
