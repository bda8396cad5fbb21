package fr.tierslieux.inclusion.badge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys that sign the badges. The private keys live in a JWK Set file outside the
 * database ({@code plateforme.badges.cles}), the first one signing; a missing file is
 * created with a new key. Every public key that ever signed is kept in the database, so
 * rotating the keys (a new one first in the file, the old ones may go) never invalidates
 * a badge already given.
 */
@Service
@Order(0)
public class ClesDesBadges implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ClesDesBadges.class);

	private final JdbcClient sql;

	private final Path fichier;

	private final Clock clock;

	private volatile RSAKey signataire;

	ClesDesBadges(JdbcClient sql, @Value("${plateforme.badges.cles:data/badges/cles.jwks}") Path fichier, Clock clock) {
		this.sql = sql;
		this.fichier = fichier;
		this.clock = clock;
	}

	/**
	 * Reads the keys when the application starts (creating the file if there is none) and
	 * records the signing key's public part: before any request, so that a read-only page
	 * (the status list) can sign, and before the demo data, which gives badges.
	 */
	@Override
	@Transactional
	public synchronized void run(ApplicationArguments arguments) {
		List<RSAKey> cles = lire();
		if (cles.isEmpty()) {
			cles = List.of(nouvelle());
			ecrire(cles);
			LOG.info("Clé de signature des badges créée dans {}", fichier.toAbsolutePath());
		}
		enregistrer(cles.get(0));
		signataire = cles.get(0);
	}

	/**
	 * Records the signing key's public part in the caller's transaction, before a badge
	 * that names it is written (it may have been recorded in a transaction rolled back
	 * since, a rotation's).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RSAKey enregistrerLeSignataire() {
		RSAKey cle = signataire();
		enregistrer(cle);
		return cle;
	}

	/** The key that signs now. */
	public RSAKey signataire() {
		RSAKey cle = signataire;
		if (cle == null) {
			throw new IllegalStateException("Clés des badges pas encore chargées");
		}
		return cle;
	}

	/**
	 * A new signing key, first in the file; the earlier ones stay in it and in the
	 * database, and the badges they signed keep verifying.
	 * @return its identifier
	 */
	@Transactional
	public synchronized String tourner() {
		RSAKey nouvelle = nouvelle();
		List<RSAKey> cles = new ArrayList<>();
		cles.add(nouvelle);
		cles.addAll(lire());
		ecrire(cles);
		enregistrer(nouvelle);
		signataire = nouvelle;
		LOG.info("Nouvelle clé de signature des badges : {}", nouvelle.getKeyID());
		return nouvelle.getKeyID();
	}

	/** A public key that signed badges, by its identifier. */
	@Transactional(readOnly = true)
	public Optional<RSAKey> publique(String kid) {
		return sql.sql("select jwk_publique from cle_de_badge where kid = :kid")
			.param("kid", kid)
			.query(String.class)
			.optional()
			.map(ClesDesBadges::rsa);
	}

	/** Every public key that signed badges, newest first: what verifiers fetch. */
	@Transactional(readOnly = true)
	public JWKSet publiques() {
		return new JWKSet(sql.sql("select jwk_publique from cle_de_badge order by ajoutee_le desc, kid")
			.query(String.class)
			.list()
			.stream()
			.map(ClesDesBadges::rsa)
			.map(JWK.class::cast)
			.toList());
	}

	private void enregistrer(RSAKey cle) {
		sql.sql("""
				insert into cle_de_badge (kid, jwk_publique, ajoutee_le) values (:kid, :jwk, :le)
				on conflict (kid) do nothing""")
			.param("kid", cle.getKeyID())
			.param("jwk", cle.toPublicJWK().toJSONString())
			.param("le", Timestamp.from(clock.instant()))
			.update();
	}

	private List<RSAKey> lire() {
		if (!Files.exists(fichier)) {
			return List.of();
		}
		try {
			return JWKSet.load(fichier.toFile())
				.getKeys()
				.stream()
				.filter(RSAKey.class::isInstance)
				.map(RSAKey.class::cast)
				.filter(RSAKey::isPrivate)
				.toList();
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("Clés des badges illisibles dans " + fichier.toAbsolutePath(), ex);
		}
	}

	private void ecrire(List<RSAKey> cles) {
		try {
			Path dossier = fichier.toAbsolutePath().getParent();
			Files.createDirectories(dossier);
			Path temporaire = Files.createTempFile(dossier, "cles", ".jwks");
			try {
				Files.setPosixFilePermissions(temporaire, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException systemeSansPosix) {
				// the file stays with the directory's rights
			}
			Files.writeString(temporaire, new JWKSet(List.copyOf(cles)).toString(false), StandardCharsets.UTF_8);
			Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Clés des badges impossibles à écrire dans " + fichier.toAbsolutePath(), ex);
		}
	}

	private RSAKey nouvelle() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.issueTime(Date.from(clock.instant()))
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey rsa(String json) {
		try {
			return RSAKey.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
