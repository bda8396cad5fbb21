package fr.tierslieux.inclusion.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import fr.tierslieux.inclusion.web.proconnect.ConnexionProConnect;

/**
 * Who may open which page, as {@link Page} says. The services check the perimeter again
 * on every record: these rules keep whole pages away from roles that have nothing to do
 * there.
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

	/** Pages anybody may open, signed in or not. */
	static final String[] PUBLIQUES = { "/login", TentativesConnexion.PAGE_D_ATTENTE, "/error", "/webjars/**",
			"/css/**", "/js/**", "/favicon.ico", "/actuator/health/**", "/invitation/**", "/notice-information",
			"/notice-information/*", "/carnet/**", "/pointage/**", "/badges/**", "/statistiques/**" };

	private static final String APRES_DECONNEXION = "/login?deconnexion";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, BaseIndisponible base, TentativesConnexion tentatives,
			AccesRefusesAuJournal refus, SecondFacteurAttendu secondFacteur,
			ObjectProvider<ConnexionProConnect> proConnect) throws Exception {
		ConnexionProConnect connexionProConnect = proConnect.getIfAvailable();
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(PUBLIQUES).permitAll();
			for (Page page : Page.values()) {
				requests.requestMatchers(page.motifs()).hasAnyRole(roles(page));
			}
			requests.requestMatchers("/").authenticated();
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(echecDeConnexion(base))
				.permitAll())
			.addFilterBefore(tentatives, UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(secondFacteur, AuthorizationFilter.class)
			.exceptionHandling(refuses -> refuses.accessDeniedHandler((request, response, refus403) -> {
				refus.noter(request, HttpServletResponse.SC_FORBIDDEN);
				new AccessDeniedHandlerImpl().handle(request, response, refus403);
			}))
			.logout(logout -> {
				if (connexionProConnect != null) {
					logout.logoutSuccessHandler(connexionProConnect.deconnexion(APRES_DECONNEXION));
				}
				else {
					logout.logoutSuccessUrl(APRES_DECONNEXION);
				}
				logout.permitAll();
			})
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		if (connexionProConnect != null) {
			connexionProConnect.configurer(http);
		}
		return http.build();
	}

	/** The throttle runs in the security chain only, after the CSRF check. */
	@Bean
	FilterRegistrationBean<TentativesConnexion> tentativesHorsDeLaChaine(TentativesConnexion tentatives) {
		FilterRegistrationBean<TentativesConnexion> inscription = new FilterRegistrationBean<>(tentatives);
		inscription.setEnabled(false);
		return inscription;
	}

	/** The same: the second factor is awaited in the security chain only. */
	@Bean
	FilterRegistrationBean<SecondFacteurAttendu> secondFacteurHorsDeLaChaine(SecondFacteurAttendu secondFacteur) {
		FilterRegistrationBean<SecondFacteurAttendu> inscription = new FilterRegistrationBean<>(secondFacteur);
		inscription.setEnabled(false);
		return inscription;
	}

	@Bean
	AuthenticationProvider compteAuthenticationProvider(UserDetailsService comptes, PasswordEncoder passwordEncoder) {
		return new CompteAuthenticationProvider(comptes, passwordEncoder);
	}

	private static String[] roles(Page page) {
		return page.roles().stream().map(Enum::name).toArray(String[]::new);
	}

	/**
	 * Every failure gets the same message, whatever was wrong (unknown identifier, wrong
	 * password, locked account), except a database outage: 503, come back in a moment.
	 */
	private static AuthenticationFailureHandler echecDeConnexion(BaseIndisponible base) {
		return (request, response, exception) -> {
			if (base.explique(exception)) {
				BaseIndisponible.annoncer(response);
				response.sendError(response.getStatus());
				return;
			}
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

}
