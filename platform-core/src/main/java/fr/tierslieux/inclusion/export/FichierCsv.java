package fr.tierslieux.inclusion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import fr.tierslieux.inclusion.commun.TableurCsv;

/**
 * An export as the platform's CSV files are (Commons CSV: {@code ;}, UTF-8 with a
 * byte-order mark, decimal commas, ISO dates).
 */
final class FichierCsv implements FichierDExport {

	private final CSVPrinter csv;

	FichierCsv(OutputStream sortie, List<Colonne> colonnes) throws IOException {
		this.csv = TableurCsv.ouvrir(sortie, colonnes.stream().map(Colonne::titre).toArray(String[]::new));
	}

	@Override
	public void ligne(Object[] valeurs) throws IOException {
		for (Object valeur : valeurs) {
			csv.print(valeur instanceof BigDecimal montant ? TableurCsv.nombre(montant) : valeur);
		}
		csv.println();
	}

	@Override
	public void close() throws IOException {
		csv.flush();
	}

}
