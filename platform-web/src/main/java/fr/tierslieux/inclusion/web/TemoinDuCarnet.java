package fr.tierslieux.inclusion.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import fr.tierslieux.inclusion.commun.CodeCourt;

/**
 * What a person's phone keeps of their carnet link or personal code, so that checking in
 * at a session is a single tap: a cookie sent to the check-in pages only, never read by a
 * script.
 */
public final class TemoinDuCarnet {

	public static final String NOM = "carnet";

	private TemoinDuCarnet() {
	}

	/**
	 * @param jetonOuCode a link's token, or a code as typed (ABCD-efgh)
	 */
	public static void retenir(String jetonOuCode, HttpServletRequest request, HttpServletResponse response) {
		String valeur = jetonOuCode.strip().length() <= 10 ? CodeCourt.normaliser(jetonOuCode) : jetonOuCode.strip();
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(NOM, valeur)
					.path("/pointage")
					.httpOnly(true)
					.secure(request.isSecure())
					.sameSite("Lax")
					.maxAge(Duration.ofDays(90))
					.build()
					.toString());
	}

}
