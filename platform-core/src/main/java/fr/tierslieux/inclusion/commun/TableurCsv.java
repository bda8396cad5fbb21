package fr.tierslieux.inclusion.commun;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files the platform hands to spreadsheet users (Apache Commons CSV): separated
 * by semicolons, UTF-8 with a byte-order mark so that a spreadsheet reads the accents,
 * decimal commas.
 */
public final class TableurCsv {

	public static final char BOM = '\uFEFF';

	private TableurCsv() {
	}

	/** A printer that has written the byte-order mark and the header line; close it. */
	public static CSVPrinter ouvrir(OutputStream sortie, String... entetes) throws IOException {
		// buffered: Commons CSV appends value by value, an encoder per value would cost
		// more
		Writer texte = new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8), 1 << 16);
		texte.write(BOM);
		return new CSVPrinter(texte, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(entetes).get());
	}

	/** {@code 1234,50}: what a French spreadsheet reads as a number; empty for none. */
	public static String nombre(BigDecimal nombre) {
		return nombre == null ? "" : nombre.toPlainString().replace('.', ',');
	}

}
