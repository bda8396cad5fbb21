package fr.tierslieux.inclusion.postgres;

import java.io.IOException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL 17 whose data survive restarts, so that a fresh clone
 * runs with nothing installed but a JDK. It steps aside as soon as
 * {@code spring.datasource.url} is set.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(NoDataSourceUrlCondition.class)
@ConditionalOnProperty(name = "plateforme.embedded-database.enabled", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	LocalPostgres localPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		log.info("Démarrage de PostgreSQL embarqué, données dans {}", properties.directory().toAbsolutePath());
		LocalPostgres postgres = LocalPostgres.start(properties.directory(), properties.port());
		log.info("PostgreSQL embarqué prêt sur le port {}", postgres.port());
		return postgres;
	}

	@Bean
	DataSource dataSource(LocalPostgres postgres) {
		return DataSourceBuilder.create().url(postgres.jdbcUrl()).username("postgres").password("postgres").build();
	}

}
