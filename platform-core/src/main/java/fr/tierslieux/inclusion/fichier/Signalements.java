package fr.tierslieux.inclusion.fichier;

import java.util.ArrayList;
import java.util.List;

/** What an importer found wrong with one row: rejections and warnings. */
public final class Signalements {

	private final int ligne;

	private final List<Probleme> problemes = new ArrayList<>();

	private boolean rejetee;

	public Signalements(int ligne) {
		this.ligne = ligne;
	}

	/** The row is left out. */
	public void rejeter(String champ, String valeur, String motif) {
		problemes.add(new Probleme(ligne, champ, valeur, motif, true));
		rejetee = true;
	}

	/** The row is kept, corrected as the motif says. */
	public void avertir(String champ, String valeur, String motif) {
		problemes.add(new Probleme(ligne, champ, valeur, motif, false));
	}

	public boolean rejetee() {
		return rejetee;
	}

	public int ligne() {
		return ligne;
	}

	public List<Probleme> problemes() {
		return problemes;
	}

}
