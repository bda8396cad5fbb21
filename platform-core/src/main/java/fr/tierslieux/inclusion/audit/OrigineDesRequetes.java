package fr.tierslieux.inclusion.audit;

/**
 * The address of the person behind the current request (as the trusted proxy gives it),
 * set by the web layer around each request, so that every audit line written while
 * serving it carries it. Empty outside a request (scheduled jobs, background exports).
 */
public final class OrigineDesRequetes {

	private static final ThreadLocal<String> ADRESSE = new ThreadLocal<>();

	private OrigineDesRequetes() {
	}

	public static void definir(String adresse) {
		ADRESSE.set(adresse);
	}

	public static void oublier() {
		ADRESSE.remove();
	}

	static String adresse() {
		return ADRESSE.get();
	}

}
