package fr.tierslieux.inclusion.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that drives Chromium: one browser for all its tests, closed after them.
 */
public abstract class AvecNavigateur {

	protected static Navigateur navigateur;

	@BeforeAll
	static void lancerLeNavigateur() {
		navigateur = Navigateur.lancer();
	}

	@AfterAll
	static void fermerLeNavigateur() {
		if (navigateur != null) {
			navigateur.close();
		}
	}

}
