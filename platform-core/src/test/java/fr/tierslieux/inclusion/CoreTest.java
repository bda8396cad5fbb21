package fr.tierslieux.inclusion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import fr.tierslieux.inclusion.postgres.test.TestDatabaseInitializer;

/**
 * A test of the core's services on the shared PostgreSQL, migrated by Flyway and holding
 * the demo experimentation. Tests that write roll back ({@code @Transactional}) so the
 * data stay as loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class, properties = "plateforme.demo.enabled=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface CoreTest {

}
