package fr.tierslieux.inclusion;

import java.time.Instant;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.tierslieux.inclusion.kit.HorlogeDeTest;

/**
 * The core's features wired as the application wires them, without the web layer, and
 * with a clock the tests set.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoreTestApplication {

	/** Where the core tests' clock starts; tests move it as they need. */
	public static final Instant DEPART = Instant.parse("2026-03-02T09:00:00Z");

	@Bean
	@Primary
	HorlogeDeTest horlogeDeTest() {
		return new HorlogeDeTest(DEPART);
	}

}
