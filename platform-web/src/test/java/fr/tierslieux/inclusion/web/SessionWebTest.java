package fr.tierslieux.inclusion.web;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in PostgreSQL, behind a cookie a script cannot read, sent over HTTPS only
 * and to this host only; they end after 30 minutes without a request and after 12 hours
 * in any case.
 */
@WebTest
class SessionWebTest {

	static final String COOKIE = "__Host-SESSION";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient sql;

	@Test
	void the_session_is_kept_in_the_database_with_who_is_signed_in_and_no_password_hash() throws Exception {
		ClientHttp conseiller = new ClientHttp(port);
		HttpResponse<String> page = conseiller.get("/login");
		conseiller.seConnecter(ComptesDemo.CONSEILLER, ComptesDemo.MOT_DE_PASSE);

		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(COOKIE + "=")
			.contains("; Path=/;", "; Secure", "; HttpOnly", "; SameSite=Lax")
			.doesNotContain("Domain="));
		byte[] octets = sql.sql("""
				select a.attribute_bytes from spring_session s
				join spring_session_attributes a on a.session_primary_id = s.primary_id
				where s.principal_name = :qui and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
				order by s.creation_time desc limit 1""")
			.param("qui", ComptesDemo.CONSEILLER)
			.query(byte[].class)
			.single();
		SecurityContext relu;
		try (ObjectInputStream entree = new ObjectInputStream(new ByteArrayInputStream(octets))) {
			relu = (SecurityContext) entree.readObject();
		}

		assertThat(new String(octets, StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}", "$2a$");
		assertThat(relu.getAuthentication().getCredentials()).isNull();
		Connecte moi = (Connecte) relu.getAuthentication().getPrincipal();
		assertThat(moi.identifiant()).isEqualTo(ComptesDemo.CONSEILLER);
		assertThat(moi.role()).isEqualTo(Role.CONSEILLER);
		assertThat(moi.perimetre().agences()).hasSize(1);
		assertThat(octets.length).as("octets en session").isLessThan(4_000);
		assertThat(conseiller.get("/beneficiaires").statusCode()).isEqualTo(200);
	}

	@Test
	void a_session_ends_after_thirty_minutes_without_a_request() throws Exception {
		ClientHttp conseiller = new ClientHttp(port).seConnecter(ComptesDemo.CONSEILLER, ComptesDemo.MOT_DE_PASSE);
		assertThat(conseiller.get("/beneficiaires").statusCode()).isEqualTo(200);

		vieillir(conseiller, "last_access_time", Duration.ofMinutes(29));
		assertThat(conseiller.get("/beneficiaires").statusCode()).as("29 minutes sans requête").isEqualTo(200);

		vieillir(conseiller, "last_access_time", Duration.ofMinutes(31));
		assertThat(conseiller.get("/beneficiaires").headers().firstValue("Location"))
			.hasValueSatisfying(lieu -> assertThat(lieu).endsWith("/login"));
	}

	@Test
	void a_session_ends_after_twelve_hours_however_busy() throws Exception {
		ClientHttp conseiller = new ClientHttp(port).seConnecter(ComptesDemo.CONSEILLER, ComptesDemo.MOT_DE_PASSE);
		String session = conseiller.cookie(COOKIE);

		vieillir(conseiller, "creation_time", Duration.ofHours(11).plusMinutes(59));
		assertThat(conseiller.get("/beneficiaires").statusCode()).as("11 h 59 après la connexion").isEqualTo(200);

		vieillir(conseiller, "creation_time", Duration.ofHours(12).plusMinutes(1));
		assertThat(conseiller.get("/beneficiaires").headers().firstValue("Location"))
			.hasValueSatisfying(lieu -> assertThat(lieu).endsWith("/login"));
		assertThat(sql.sql("select count(*) from spring_session where session_id = :id")
			.param("id", session(session))
			.query(Integer.class)
			.single()).as("session effacée de la base").isZero();
	}

	/**
	 * Behind the TLS-terminating proxy (a trusted address sending X-Forwarded-Proto), the
	 * browser is told to come back over HTTPS only; over plain HTTP, nothing is said.
	 */
	@Test
	void hsts_is_sent_when_the_proxy_says_the_request_came_over_https() throws Exception {
		ClientHttp visiteur = new ClientHttp(port);

		assertThat(
				visiteur.get("/login", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
		assertThat(visiteur.get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** Sets a time of the client's session that long ago. */
	private void vieillir(ClientHttp client, String colonne, Duration ilYA) {
		int vieillies = sql.sql("update spring_session set " + colonne + " = :millis where session_id = :id")
			.param("millis", System.currentTimeMillis() - ilYA.toMillis())
			.param("id", session(client.cookie(COOKIE)))
			.update();
		assertThat(vieillies).isOne();
	}

	/** The session's id: the cookie holds it in Base64. */
	private static String session(String cookie) {
		return new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
	}

}
