package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ends after {@code plateforme.sessions.duree-maximale} (12 h) however busy it
 * is, on top of the 30 minutes without a request ({@code server.servlet.session.timeout},
 * which Spring Session applies): a session left open on a shared computer does not last
 * for days. The login page follows, as for any request without a session.
 */
@Configuration(proxyBeanMethods = false)
class DureeMaximaleDesSessions {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> finDesSessionsTropAnciennes(Clock clock,
			@Value("${plateforme.sessions.duree-maximale:PT12H}") Duration dureeMaximale) {
		FilterRegistrationBean<OncePerRequestFilter> inscription = new FilterRegistrationBean<>(
				new FinDesSessionsTropAnciennes(clock, dureeMaximale));
		// just behind the filter that finds the session in the database, before security
		inscription.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return inscription;
	}

	static final class FinDesSessionsTropAnciennes extends OncePerRequestFilter {

		private final Clock clock;

		private final Duration dureeMaximale;

		FinDesSessionsTropAnciennes(Clock clock, Duration dureeMaximale) {
			this.clock = clock;
			this.dureeMaximale = dureeMaximale;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			if (session != null && clock.millis() - session.getCreationTime() > dureeMaximale.toMillis()) {
				session.invalidate();
			}
			chain.doFilter(request, response);
		}

	}

}
