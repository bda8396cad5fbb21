package fr.tierslieux.inclusion;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The core's features wired as the application wires them, without the web layer. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoreTestApplication {

}
