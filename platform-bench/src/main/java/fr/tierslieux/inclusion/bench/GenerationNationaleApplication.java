package fr.tierslieux.inclusion.bench;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Generates the national dataset into the configured database (the platform's embedded
 * one under {@code ./data/postgres} by default, or {@code SPRING_DATASOURCE_URL}), after
 * Flyway has migrated it, then stops. See the README, section Performance.
 */
@SpringBootApplication
@EnableConfigurationProperties(GenerationNationaleApplication.Generation.class)
public class GenerationNationaleApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(GenerationNationaleApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args).close();
	}

	/**
	 * @param echelle 1 for the national figures, 0.01 for a hundredth
	 * @param graine the same seed gives the same dataset
	 */
	@ConfigurationProperties("plateforme.generation")
	record Generation(@DefaultValue("1") double echelle, @DefaultValue("2026") long graine) {
	}

	@Bean
	ApplicationRunner generer(DataSource dataSource, Generation generation) {
		return (ApplicationArguments args) -> new GenerateurNational(dataSource, generation.echelle(),
				generation.graine(),
				PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(GenerateurNational.MOT_DE_PASSE))
			.generer();
	}

}
