package fr.tierslieux.inclusion.postgres.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at the shared {@link TestDatabase}. Declared by the
 * projects' test annotations, so every test of a JVM uses the same database and, where
 * their configuration matches, the same cached context.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection db = TestDatabase.connection();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase", Map.of("spring.datasource.url", db.url(),
					"spring.datasource.username", db.username(), "spring.datasource.password", db.password())));
	}

}
