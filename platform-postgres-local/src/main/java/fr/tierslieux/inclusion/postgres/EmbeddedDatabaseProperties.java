package fr.tierslieux.inclusion.postgres;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on (0: any free
 * port).
 */
@ConfigurationProperties("plateforme.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path directory, @DefaultValue("0") int port) {
}
