package fr.tierslieux.inclusion.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A skewed choice among {@code n} items: item weights follow Zipf's law
 * ({@code 1 / rank^s}) over a shuffled order, so a few agences, venues and parcours take
 * a large share, as in real life, without the first ids being the big ones.
 */
final class Tirage {

	private final double[] cumul;

	Tirage(int n, double exposant, SplittableRandom hasard) {
		int[] rangs = new int[n];
		Arrays.setAll(rangs, i -> i);
		for (int i = n - 1; i > 0; i--) {
			int j = hasard.nextInt(i + 1);
			int t = rangs[i];
			rangs[i] = rangs[j];
			rangs[j] = t;
		}
		cumul = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			total += 1 / Math.pow(rangs[i] + 1, exposant);
			cumul[i] = total;
		}
		for (int i = 0; i < n; i++) {
			cumul[i] /= total;
		}
	}

	int tirer(SplittableRandom hasard) {
		int i = Arrays.binarySearch(cumul, hasard.nextDouble());
		return Math.min(i < 0 ? -i - 1 : i, cumul.length - 1);
	}

}
