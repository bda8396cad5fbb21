package fr.tierslieux.inclusion.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

import fr.tierslieux.inclusion.postgres.test.TestDatabaseInitializer;

/**
 * The whole application on a random port, on the shared test PostgreSQL holding the demo
 * experimentation, with MockMvc for request-level tests and the port for the browser. One
 * context for every web test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plateforme.demo.enabled=true", "plateforme.badges.cles=target/badges/cles-de-test.jwks",
				// GreenMail listens there in the tests that read the mail sent
				// (ServerSetupTest.SMTP)
				"spring.mail.port=3025",
				// an export of more than two rows is produced in the background
				"plateforme.exports.seuil-lignes=2" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface WebTest {

}
