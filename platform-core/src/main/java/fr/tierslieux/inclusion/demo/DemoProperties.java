package fr.tierslieux.inclusion.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode ({@code PLATEFORME_DEMO_ENABLED}, see {@link ModeDemoCondition}): loads the
 * experimentation and its demo accounts on an empty database.
 *
 * @param enabled on, off, or unset (then on with the embedded database only)
 * @param motDePasse the password of every demo account
 */
@ConfigurationProperties("plateforme.demo")
public record DemoProperties(Boolean enabled, @DefaultValue("demo") String motDePasse) {
}
