package fr.tierslieux.inclusion.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Where an export's rows go, one after the other: nothing is kept but the row being
 * written, whatever the number of rows. Closing it ends the file (not the stream).
 */
public interface FichierDExport extends Closeable {

	/**
	 * One row: {@link String}, {@link Number} or {@link java.time.LocalDate} values, in
	 * the order of the columns; null for an empty cell.
	 */
	void ligne(Object[] valeurs) throws IOException;

	static FichierDExport ouvrir(FormatExport format, OutputStream sortie, String feuille, List<Colonne> colonnes)
			throws IOException {
		return switch (format) {
			case CSV -> new FichierCsv(sortie, colonnes);
			case XLSX -> new FichierXlsx(sortie, feuille, colonnes);
		};
	}

}
