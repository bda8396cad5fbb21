package fr.tierslieux.inclusion.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes the NUL characters from every request parameter before anything reads it:
 * nobody types one, PostgreSQL refuses them in any text, and a search or a form that
 * received one pasted from elsewhere should simply work without it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ParametresSansNul extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String nom) {
				return sansNul(super.getParameter(nom));
			}

			@Override
			public String[] getParameterValues(String nom) {
				String[] valeurs = super.getParameterValues(nom);
				return valeurs == null ? null
						: Arrays.stream(valeurs).map(ParametresSansNul::sansNul).toArray(String[]::new);
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				Map<String, String[]> nettoyes = new LinkedHashMap<>();
				super.getParameterMap().forEach((nom, valeurs) -> nettoyes.put(nom, getParameterValues(nom)));
				return nettoyes;
			}

		}, response);
	}

	static String sansNul(String valeur) {
		return valeur == null || valeur.indexOf('\u0000') < 0 ? valeur : valeur.replace("\u0000", "");
	}

}
