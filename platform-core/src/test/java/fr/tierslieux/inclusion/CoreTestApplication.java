package fr.tierslieux.inclusion;

import java.time.Instant;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
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

	/** The name under which {@code QueryCountHolder} counts the statements. */
	public static final String COMPTEUR = "plateforme";

	@Bean
	@Primary
	HorlogeDeTest horlogeDeTest() {
		return new HorlogeDeTest(DEPART);
	}

	/**
	 * Every statement sent to PostgreSQL, JPA and JdbcClient alike, counted per thread.
	 */
	@Bean
	static BeanPostProcessor compteurDeRequetes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String nom) {
				if (bean instanceof DataSource source && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(source).name(COMPTEUR).countQuery().build();
				}
				return bean;
			}
		};
	}

}
