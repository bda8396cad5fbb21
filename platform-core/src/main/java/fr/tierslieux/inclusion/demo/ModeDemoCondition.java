package fr.tierslieux.inclusion.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo mode is what {@code plateforme.demo.enabled} says; left unset, it is on with the
 * embedded database (no {@code spring.datasource.url}) and off with an external one.
 */
class ModeDemoCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String explicite = environment.getProperty("plateforme.demo.enabled");
		if (StringUtils.hasText(explicite)) {
			return Boolean.parseBoolean(explicite.strip());
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
