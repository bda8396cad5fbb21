package fr.tierslieux.inclusion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An export as a workbook written as it goes (fastexcel): rows are handed to the zip
 * stream every {@value #LOT} rows, text is written in its cell (a table of shared strings
 * would keep every distinct pseudonym in memory until the end), and a sheet that reaches
 * the format's limit of rows is followed by another one, with the same headings.
 */
final class FichierXlsx implements FichierDExport {

	/** Rows per sheet: the format's 1,048,576 less the heading. */
	static final int LIGNES_PAR_FEUILLE = 1_048_575;

	private static final int LOT = 5_000;

	private final Workbook classeur;

	private final String nom;

	private final List<Colonne> colonnes;

	private final int lignesParFeuille;

	private Worksheet feuille;

	private int feuilles;

	private int ligne;

	FichierXlsx(OutputStream sortie, String nom, List<Colonne> colonnes) throws IOException {
		this(sortie, nom, colonnes, LIGNES_PAR_FEUILLE);
	}

	FichierXlsx(OutputStream sortie, String nom, List<Colonne> colonnes, int lignesParFeuille) throws IOException {
		this.lignesParFeuille = lignesParFeuille;
		this.classeur = new Workbook(sortie, "Plateforme inclusion numérique", "1.0");
		this.nom = nom;
		this.colonnes = colonnes;
		nouvelleFeuille();
	}

	@Override
	public void ligne(Object[] valeurs) throws IOException {
		if (ligne > lignesParFeuille) {
			feuille.finish();
			nouvelleFeuille();
		}
		for (int c = 0; c < valeurs.length; c++) {
			Object valeur = valeurs[c];
			if (valeur instanceof String texte) {
				feuille.inlineString(ligne, c, texte);
			}
			else if (valeur instanceof Number nombre) {
				feuille.value(ligne, c, nombre);
			}
			else if (valeur instanceof LocalDate date) {
				feuille.value(ligne, c, date);
			}
		}
		if (++ligne % LOT == 0) {
			feuille.flush();
		}
	}

	@Override
	public void close() throws IOException {
		feuille.finish();
		classeur.finish();
	}

	private void nouvelleFeuille() throws IOException {
		feuilles++;
		feuille = classeur.newWorksheet(feuilles == 1 ? nom : nom + " (" + feuilles + ")");
		for (int c = 0; c < colonnes.size(); c++) {
			feuille.value(0, c, colonnes.get(c).titre());
			feuille.width(c, Math.max(12, colonnes.get(c).titre().length() + 2));
			if (colonnes.get(c).nature() == Colonne.Nature.DATE) {
				feuille.style(c).format("dd/mm/yyyy").set();
			}
		}
		feuille.range(0, 0, 0, colonnes.size() - 1).style().bold().fillColor("DDE5F0").set();
		feuille.freezePane(0, 1);
		ligne = 1;
	}

}
