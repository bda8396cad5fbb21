package fr.tierslieux.inclusion.audit.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UrlPathHelper;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.audit.OrigineDesRequetes;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.web.Page;

/**
 * What the audit trail learns from each request: its address (for every line written
 * while serving it), and, for the pages that show or change people's data (a list, a
 * search, a person's page, a session's attendance sheet, a referral), one line saying who
 * opened or posted which address, written before the page is served.
 */
@Configuration(proxyBeanMethods = false)
class JournalDesRequetes implements WebMvcConfigurer {

	/** The pages whose every address shows or changes a person's data. */
	static final Set<Page> DONNEES_PERSONNELLES = EnumSet.of(Page.BENEFICIAIRES, Page.BONS, Page.SUIVIS,
			Page.ORIENTATIONS, Page.SEANCES, Page.DROITS);

	/**
	 * A record's id in the path; longer numbers name no record (the page answers 404).
	 */
	private static final Pattern IDENTIFIANT = Pattern.compile("/(\\d{1,18})(?:/|$)");

	private final AuditService audit;

	JournalDesRequetes(AuditService audit) {
		this.audit = audit;
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> origineDesRequetes() {
		FilterRegistrationBean<OncePerRequestFilter> inscription = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						OrigineDesRequetes.definir(request.getRemoteAddr());
						try {
							chain.doFilter(request, response);
						}
						finally {
							OrigineDesRequetes.oublier();
						}
					}
				});
		inscription.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return inscription;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod) {
					noter(request);
				}
				return true;
			}
		});
	}

	private void noter(HttpServletRequest request) {
		String chemin = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		if (DONNEES_PERSONNELLES.stream().noneMatch(page -> page.contient(chemin))) {
			return;
		}
		Authentication qui = SecurityContextHolder.getContext().getAuthentication();
		if (qui == null || !(qui.getPrincipal() instanceof Connecte moi)) {
			return;
		}
		Matcher identifiant = IDENTIFIANT.matcher(chemin);
		Long objet = identifiant.find() ? Long.valueOf(identifiant.group(1)) : null;
		// a search is posted (its words stay out of the address) but reads
		boolean lecture = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
				|| chemin.endsWith("/recherche");
		// the path only: a search's words stay out of the trail, as they stay out of the
		// addresses
		audit.noter(moi.identifiant(), lecture ? "LECTURE_PAGE" : "ECRITURE_PAGE", "PAGE", objet,
				request.getMethod() + " " + chemin);
	}

}
