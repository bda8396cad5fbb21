package fr.tierslieux.inclusion.commun;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every service reads the time from, so that expiry, reminders and
 * retention can be tested with a fixed clock. Entities never call {@code Instant.now()}.
 */
@Configuration(proxyBeanMethods = false)
class HorlogeConfiguration {

	/** Tests declare their own clock as {@code @Primary}. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
