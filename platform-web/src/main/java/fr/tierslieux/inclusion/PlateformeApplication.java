package fr.tierslieux.inclusion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform coordinating France Travail agencies and tiers-lieux around parcours
 * d'inclusion numérique.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlateformeApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlateformeApplication.class, args);
	}

}
