package fr.tierslieux.inclusion.compte;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.commun.Jeton;

/**
 * The second factor of the accounts that administer or coordinate, when they log in by
 * password: a one-time code from an authenticator app (TOTP, RFC 6238: 6 digits, 30 s,
 * HMAC-SHA1, what every app reads from the QR code), or one of ten recovery codes. A code
 * is accepted once: the time step of the last one is kept, and a recovery code is spent.
 */
@Service
@Transactional
public class SecondFacteur {

	/** The platform's name in the authenticator app. */
	static final String EMETTEUR = "Parcours numériques en tiers-lieux";

	static final Duration PAS = Duration.ofSeconds(30);

	static final int CODES_DE_SECOURS = 10;

	/** Recovery codes: no 0/O, 1/I/L to misread. */
	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom HASARD = new SecureRandom();

	private final JdbcClient sql;

	private final AuditService audit;

	private final Clock clock;

	private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(PAS);

	SecondFacteur(JdbcClient sql, AuditService audit, Clock clock) {
		this.sql = sql;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the role must give a second factor after its password. */
	public static boolean concerne(Role role) {
		return role == Role.ADMIN || role == Role.COORDINATEUR;
	}

	@Transactional(readOnly = true)
	public boolean estActif(Long utilisateurId) {
		return sql.sql("select count(*) > 0 from second_facteur where utilisateur_id = :id and active_le is not null")
			.param("id", utilisateurId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The key to give the authenticator app: the one waiting for its first code, or a new
	 * one.
	 * @throws IllegalStateException once the factor is active (it is reset, not replaced)
	 */
	public Enrolement enrolement(Long utilisateurId, String identifiant) {
		String secret = sql.sql("select secret from second_facteur where utilisateur_id = :id and active_le is null")
			.param("id", utilisateurId)
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				byte[] cle = new byte[20];
				HASARD.nextBytes(cle);
				String nouveau = new Base32().encodeToString(cle);
				int crees = sql.sql("""
						insert into second_facteur (utilisateur_id, secret, cree_le) values (:id, :secret, :le)
						on conflict (utilisateur_id) do nothing""")
					.param("id", utilisateurId)
					.param("secret", nouveau)
					.param("le", Timestamp.from(clock.instant()))
					.update();
				if (crees == 0) {
					throw new IllegalStateException("Second facteur déjà actif");
				}
				return nouveau;
			});
		return new Enrolement(secret, "otpauth://totp/" + encoder(EMETTEUR) + ":" + encoder(identifiant) + "?secret="
				+ secret + "&issuer=" + encoder(EMETTEUR) + "&algorithm=SHA1&digits=6&period=30");
	}

	/**
	 * Confirms the enrolment with a first code from the app. A wrong code is written to
	 * the audit trail and answered empty (no exception: the line must be committed).
	 * @return the recovery codes, to show once; empty when the code is not the app's
	 */
	public Optional<List<String>> activer(Long utilisateurId, String identifiant, String code) {
		Optional<String> attente = sql
			.sql("select secret from second_facteur where utilisateur_id = :id and active_le is null")
			.param("id", utilisateurId)
			.query(String.class)
			.optional();
		long pas = attente.map(secret -> pasDuCode(secret, code)).orElse(-1L);
		if (pas < 0) {
			audit.noter(identifiant, "SECOND_FACTEUR_ECHEC", "UTILISATEUR", utilisateurId, "activation");
			return Optional.empty();
		}
		sql.sql("update second_facteur set active_le = :le, dernier_pas = :pas where utilisateur_id = :id")
			.param("le", Timestamp.from(clock.instant()))
			.param("pas", pas)
			.param("id", utilisateurId)
			.update();
		List<String> codes = nouveauxCodesDeSecours(utilisateurId);
		audit.noter(identifiant, "SECOND_FACTEUR_ACTIVE", "UTILISATEUR", utilisateurId, null);
		return Optional.of(codes);
	}

	/**
	 * Checks a code of the app, or a recovery code (spent), once.
	 * @return whether the account has given its second factor
	 */
	public boolean verifier(Long utilisateurId, String identifiant, String code) {
		String propre = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		boolean accepte;
		String detail = null;
		if (propre.matches("[0-9]{6}")) {
			accepte = sql.sql("select secret from second_facteur where utilisateur_id = :id and active_le is not null")
				.param("id", utilisateurId)
				.query(String.class)
				.optional()
				.map(secret -> pasDuCode(secret, propre))
				.filter(pas -> pas >= 0)
				// the step is written only if it is past the last one: a code serves once
				.map(pas -> sql.sql("""
						update second_facteur set dernier_pas = :pas
						where utilisateur_id = :id and (dernier_pas is null or dernier_pas < :pas)""")
					.param("pas", pas)
					.param("id", utilisateurId)
					.update() == 1)
				.orElse(false);
		}
		else {
			accepte = sql.sql("""
					update code_de_secours set utilise_le = :le
					where utilisateur_id = :id and empreinte = :empreinte and utilise_le is null""")
				.param("le", Timestamp.from(clock.instant()))
				.param("id", utilisateurId)
				.param("empreinte", Jeton.empreinte(propre))
				.update() == 1;
			detail = "code de secours";
		}
		audit.noter(identifiant, accepte ? "SECOND_FACTEUR" : "SECOND_FACTEUR_ECHEC", "UTILISATEUR", utilisateurId,
				detail);
		return accepte;
	}

	/** Recovery codes not yet spent. */
	@Transactional(readOnly = true)
	public long codesDeSecoursRestants(Long utilisateurId) {
		return sql.sql("select count(*) from code_de_secours where utilisateur_id = :id and utilise_le is null")
			.param("id", utilisateurId)
			.query(Long.class)
			.single();
	}

	/**
	 * Forgets the account's factor (a lost phone, its codes spent): it enrols again at
	 * its next login.
	 */
	public void reinitialiser(Long utilisateurId) {
		sql.sql("delete from code_de_secours where utilisateur_id = :id").param("id", utilisateurId).update();
		sql.sql("delete from second_facteur where utilisateur_id = :id").param("id", utilisateurId).update();
	}

	/**
	 * The time step whose code this is (the one before and after too, for the clocks that
	 * drift), or -1.
	 */
	private long pasDuCode(String secret, String code) {
		if (code == null || !code.strip().matches("[0-9]{6}")) {
			return -1;
		}
		SecretKeySpec cle = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
		Instant maintenant = clock.instant();
		long pas = maintenant.getEpochSecond() / PAS.toSeconds();
		for (long ecart : new long[] { 0, -1, 1 }) {
			try {
				String attendu = totp.generateOneTimePasswordString(cle, maintenant.plus(PAS.multipliedBy(ecart)));
				if (MessageDigest.isEqual(attendu.getBytes(StandardCharsets.US_ASCII),
						code.strip().getBytes(StandardCharsets.US_ASCII))) {
					return pas + ecart;
				}
			}
			catch (InvalidKeyException ex) {
				throw new IllegalStateException("Clé du second facteur illisible", ex);
			}
		}
		return -1;
	}

	private List<String> nouveauxCodesDeSecours(Long utilisateurId) {
		sql.sql("delete from code_de_secours where utilisateur_id = :id").param("id", utilisateurId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < CODES_DE_SECOURS; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(ALPHABET.charAt(HASARD.nextInt(ALPHABET.length())));
			}
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
			sql.sql("insert into code_de_secours (utilisateur_id, empreinte) values (:id, :empreinte)")
				.param("id", utilisateurId)
				.param("empreinte", Jeton.empreinte(code.toString()))
				.update();
		}
		return codes;
	}

	private static String encoder(String texte) {
		return URLEncoder.encode(texte, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * @param secret the key in Base32, for the apps where it is typed
	 * @param uri the {@code otpauth://} address the QR code holds
	 */
	public record Enrolement(String secret, String uri) {

		/** The key in groups of four, as it is typed. */
		public String secretLisible() {
			return String.join(" ", secret.split("(?<=\\G.{4})"));
		}

	}

}
