package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What sessions in PostgreSQL need beyond Spring Boot's defaults.
 */
@Configuration(proxyBeanMethods = false)
class SessionsConfiguration {

	/**
	 * Two requests of one session adding the same attribute at once (the first pages
	 * after a login, opened in several tabs) update it instead of failing on the second
	 * insert.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributsEnUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * The session is read from the database before anything else: when the database is
	 * down or every connection busy, the user gets the French 503 with Retry-After, as
	 * for any page, not a 500 from the session filter.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionsSansBase(BaseIndisponible base, TemplateEngine gabarits) {
		FilterRegistrationBean<OncePerRequestFilter> inscription = new FilterRegistrationBean<>(
				new SessionsSansBase(base, gabarits));
		inscription.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return inscription;
	}

	static final class SessionsSansBase extends OncePerRequestFilter {

		private static final Logger log = LoggerFactory.getLogger(SessionsSansBase.class);

		private final BaseIndisponible base;

		private final TemplateEngine gabarits;

		SessionsSansBase(BaseIndisponible base, TemplateEngine gabarits) {
			this.base = base;
			this.gabarits = gabarits;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException erreur) {
				if (response.isCommitted() || !base.explique(erreur)) {
					throw erreur;
				}
				log.warn("Base de données indisponible (session) : {}", erreur.toString());
				response.reset();
				BaseIndisponible.annoncer(response);
				response.setContentType("text/html;charset=UTF-8");
				// the page without the layout: the layout reads the session's user
				WebContext contexte = new WebContext(JakartaServletWebApplication.buildApplication(getServletContext())
					.buildExchange(request, response), Locale.FRANCE);
				gabarits.process("error/base-indisponible", contexte, response.getWriter());
			}
		}

	}

}
