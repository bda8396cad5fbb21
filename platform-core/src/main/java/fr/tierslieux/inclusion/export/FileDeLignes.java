package fr.tierslieux.inclusion.export;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Rows handed from the thread that reads them from the database to the thread that writes
 * the file, {@value #LOT} at a time and at most {@value #LOTS} lots ahead: the database
 * and the file are worked on at once, in a bounded memory. Either side stops the other: a
 * failed read reaches the writer, a writer that gives up (a download cut short) stops the
 * read.
 */
final class FileDeLignes {

	static final int LOT = 1_000;

	static final int LOTS = 8;

	private static final Object[][] FIN = new Object[0][];

	private final BlockingQueue<Object[][]> lots = new ArrayBlockingQueue<>(LOTS);

	private Object[][] enCours = new Object[LOT][];

	private int remplies;

	private volatile boolean abandonnee;

	private volatile RuntimeException echec;

	/** Reader's side: one more row. */
	void ajouter(Object[] ligne) {
		enCours[remplies++] = ligne;
		if (remplies == LOT) {
			deposer(enCours);
			enCours = new Object[LOT][];
			remplies = 0;
		}
	}

	/** Reader's side: no more rows. */
	void terminer() {
		if (remplies > 0) {
			Object[][] dernier = new Object[remplies][];
			System.arraycopy(enCours, 0, dernier, 0, remplies);
			deposer(dernier);
		}
		deposer(FIN);
	}

	/** Reader's side: the read failed; the writer throws {@code cause}. */
	void echouer(RuntimeException cause) {
		echec = cause;
		lots.clear();
		lots.offer(FIN);
	}

	/**
	 * Writer's side: the next rows, or null once all are read.
	 * @throws RuntimeException the reader's failure
	 */
	Object[][] prendre() throws InterruptedException {
		Object[][] lot = lots.take();
		if (lot == FIN) {
			if (echec != null) {
				throw echec;
			}
			return null;
		}
		return lot;
	}

	/** Writer's side: stop reading. */
	void abandonner() {
		abandonnee = true;
		lots.clear();
	}

	private void deposer(Object[][] lot) {
		try {
			while (!lots.offer(lot, 100, TimeUnit.MILLISECONDS)) {
				if (abandonnee) {
					throw new CancellationException("écriture de l'export abandonnée");
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException("lecture de l'export interrompue");
		}
	}

}
