package fr.tierslieux.inclusion.kit;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import fr.tierslieux.inclusion.kit.DeuxRegions.Scenario;

/** A test class that gets a fresh {@link DeuxRegions} scenario before each test. */
public abstract class AvecDeuxRegions {

	@Autowired
	private DeuxRegions deuxRegions;

	/** This test's scenario. */
	protected Scenario s;

	@BeforeEach
	void creerLeScenario() {
		avantLeScenario();
		s = deuxRegions.creer();
	}

	/** What must hold before the scenario is created (a clock set back, for instance). */
	protected void avantLeScenario() {
	}

}
