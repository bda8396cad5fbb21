package fr.tierslieux.inclusion.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import fr.tierslieux.inclusion.compte.Role;

/**
 * Who may open which page. The services check the perimeter again on every record: these
 * rules keep whole pages away from roles that have nothing to do there.
 */
@Configuration(proxyBeanMethods = false)
class SecuriteConfiguration {

	/**
	 * No inline script or style anywhere: every script and stylesheet is a file of this
	 * server.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String[] PILOTAGE = { Role.ADMIN.name(), Role.COORDINATEUR.name(), Role.PILOTE.name() };

	static final String[] PERSONNES = { Role.ADMIN.name(), Role.COORDINATEUR.name(), Role.CONSEILLER.name(),
			Role.FACILITATEUR.name() };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/favicon.ico", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/tableau-de-bord")
			.hasAnyRole(PILOTAGE)
			.requestMatchers("/beneficiaires/**", "/ateliers/**")
			.hasAnyRole(PERSONNES)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(echecDeConnexion())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?deconnexion").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * A locked account is told so; any other failure gets the same message, whatever was
	 * wrong.
	 */
	private static AuthenticationFailureHandler echecDeConnexion() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?bloque"));
		return handler;
	}

}
