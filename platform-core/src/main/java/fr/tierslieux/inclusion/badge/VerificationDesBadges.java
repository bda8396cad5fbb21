package fr.tierslieux.inclusion.badge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.IntrouvableException;

/**
 * What anybody may check of a badge, without an account: the badge a code gives (its
 * issuer, date, criteria, whether it is valid, revoked or expired, its signature checked
 * again at each reading), a credential pasted or baked in an image, and the status lists
 * the credentials point to.
 */
@Service
@Transactional(readOnly = true)
public class VerificationDesBadges {

	private final JdbcClient sql;

	private final SignatureDesBadges signature;

	private final Clock clock;

	VerificationDesBadges(JdbcClient sql, SignatureDesBadges signature, Clock clock) {
		this.sql = sql;
		this.signature = signature;
		this.clock = clock;
	}

	/** The badge a public code gives. */
	public Verification parCode(String code) {
		return sql.sql("""
				select ba.code, ba.jwt, ba.revoque_le, ba.motif_revocation, be.prenom, be.nom
				from badge_attribue ba join orientation o on o.id = ba.orientation_id
				join beneficiaire be on be.id = o.beneficiaire_id where ba.code = :code""")
			.param("code", code == null || code.length() > 60 ? "" : code)
			.query((rs, n) -> verification(rs.getString("code"), rs.getString("jwt"), rs.getTimestamp("revoque_le"),
					rs.getString("motif_revocation"), titulaire(rs.getString("prenom"), rs.getString("nom"))))
			.optional()
			.orElseThrow(() -> new IntrouvableException("badge", null));
	}

	/** The signed credential of a badge, for its downloads. */
	public String jwt(String code) {
		return sql.sql("select jwt from badge_attribue where code = :code")
			.param("code", code == null || code.length() > 60 ? "" : code)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("badge", null));
	}

	/**
	 * The badge's image (its own or the platform's) with its signed credential baked in.
	 */
	public byte[] imageCuite(String code) {
		return sql.sql("""
				select ba.jwt, b.image from badge_attribue ba join badge b on b.id = ba.badge_id
				where ba.code = :code""")
			.param("code", code == null || code.length() > 60 ? "" : code)
			.query((rs, n) -> ImageDuBadge.cuire(
					rs.getBytes("image") == null ? ImageDuBadge.parDefaut() : rs.getBytes("image"),
					rs.getString("jwt")))
			.optional()
			.orElseThrow(() -> new IntrouvableException("badge", null));
	}

	/** The name of a tiers-lieu that issues badges (an issuer's public profile). */
	public String emetteur(Long tiersLieuId) {
		return sql.sql("select nom from tiers_lieu where id = :id")
			.param("id", tiersLieuId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("tiers-lieu", tiersLieuId));
	}

	/**
	 * Checks a credential somebody holds (pasted, or read from a baked image).
	 * @return empty when it is not a signed credential at all
	 */
	public Optional<Verification> parCredential(String compact) {
		return signature.lire(compact).map(lu -> {
			String code = lu.texte("jti").map(id -> id.substring(id.lastIndexOf('/') + 1)).orElse("");
			return sql.sql("""
					select code, revoque_le, motif_revocation from badge_attribue
					where code = :code and jwt = :jwt""")
				.param("code", code)
				.param("jwt", compact.strip())
				.query((rs, n) -> verification(rs.getString(1), compact, rs.getTimestamp(2), rs.getString(3), null))
				.optional()
				.orElseGet(() -> verification(null, compact, null, null, null));
		});
	}

	/**
	 * A status list, as a signed {@code BitstringStatusListCredential}: bit {@code i} set
	 * when the badge at index {@code i} of that list is revoked.
	 */
	public String listeDeStatuts(int numero, String adresse) {
		if (numero < 0) {
			throw new IntrouvableException("liste de statuts", (long) numero);
		}
		long debut = (long) numero * AttributionDesBadges.TAILLE_DE_LISTE;
		long premierLibre = sql.sql("select coalesce(max(indice_statut) + 1, 0) from badge_attribue")
			.query(Long.class)
			.single();
		if (numero > 0 && debut >= premierLibre) {
			throw new IntrouvableException("liste de statuts", (long) numero);
		}
		BitSet bits = new BitSet(AttributionDesBadges.TAILLE_DE_LISTE);
		sql.sql("""
				select indice_statut from badge_attribue where revoque_le is not null
				  and indice_statut >= :debut and indice_statut < :fin""")
			.param("debut", debut)
			.param("fin", debut + AttributionDesBadges.TAILLE_DE_LISTE)
			.query(Long.class)
			.list()
			.forEach(i -> bits.set((int) (i - debut)));
		String id = adresse + "/badges/statuts/" + numero;
		String emetteur = adresse + "/badges/emetteurs/plateforme";
		Instant maintenant = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> sujet = new LinkedHashMap<>();
		sujet.put("id", id + "#liste");
		sujet.put("type", "BitstringStatusList");
		sujet.put("statusPurpose", "revocation");
		sujet.put("encodedList", encoder(bits));
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of(AttributionDesBadges.CONTEXTE_VC));
		credential.put("id", id);
		credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
		credential.put("issuer", emetteur);
		credential.put("validFrom", maintenant.toString());
		credential.put("credentialSubject", sujet);
		return signature.signer(credential, id, emetteur, maintenant, null);
	}

	/**
	 * The list as Bitstring Status List writes it: the first index in the most
	 * significant bit of the first byte, GZIP-compressed, base64url without padding,
	 * multibase prefix u.
	 */
	static String encoder(BitSet bits) {
		byte[] octets = new byte[AttributionDesBadges.TAILLE_DE_LISTE / 8];
		bits.stream().forEach(i -> octets[i / 8] |= (byte) (0x80 >>> (i % 8)));
		ByteArrayOutputStream compresse = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compresse)) {
			gzip.write(octets);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compresse.toByteArray());
	}

	private Verification verification(String code, String jwt, Timestamp revoqueLe, String motif, String titulaire) {
		SignatureDesBadges.Lu lu = signature.lire(jwt).orElseThrow();
		Map<String, Object> c = lu.contenu();
		Map<?, ?> emetteur = c.get("issuer") instanceof Map<?, ?> m ? m : Map.of();
		Map<?, ?> sujet = c.get("credentialSubject") instanceof Map<?, ?> m ? m : Map.of();
		Map<?, ?> achievement = sujet.get("achievement") instanceof Map<?, ?> m ? m : Map.of();
		Map<?, ?> criteres = achievement.get("criteria") instanceof Map<?, ?> m ? m : Map.of();
		List<String> competences = achievement.get("alignment") instanceof List<?> l ? l.stream()
			.filter(Map.class::isInstance)
			.map(a -> ((Map<?, ?>) a).get("targetCode") + " " + ((Map<?, ?>) a).get("targetName"))
			.toList() : List.of();
		Instant valideDes = date(c.get("validFrom"));
		Instant expireLe = date(c.get("validUntil"));
		Etat etat;
		if (!lu.signatureValide()) {
			etat = Etat.SIGNATURE_INVALIDE;
		}
		else if (revoqueLe != null) {
			etat = Etat.REVOQUE;
		}
		else if (expireLe != null && !clock.instant().isBefore(expireLe)) {
			etat = Etat.EXPIRE;
		}
		else if (code == null) {
			etat = Etat.INCONNU;
		}
		else {
			etat = Etat.VALIDE;
		}
		return new Verification(code, etat, lu.signatureValide(), texte(emetteur.get("name")),
				texte(achievement.get("name")), texte(achievement.get("description")), texte(criteres.get("narrative")),
				competences, valideDes, expireLe, revoqueLe == null ? null : revoqueLe.toInstant(), motif, titulaire);
	}

	private static String texte(Object valeur) {
		return valeur instanceof String s ? s : null;
	}

	private static Instant date(Object valeur) {
		try {
			return valeur instanceof String s ? Instant.parse(s) : null;
		}
		catch (DateTimeParseException illisible) {
			return null;
		}
	}

	/** "Alex M.": enough for whoever the person shows the badge to. */
	private static String titulaire(String prenom, String nom) {
		return nom == null || nom.isBlank() ? prenom : prenom + " " + nom.strip().charAt(0) + ".";
	}

	public enum Etat {

		VALIDE, REVOQUE, EXPIRE, SIGNATURE_INVALIDE,
		/** Signed by the platform but not among its badges (another instance's). */
		INCONNU

	}

	/**
	 * @param code the badge's public code, or null when the platform does not know it
	 * @param titulaire the holder as the page shows them, or null (a pasted credential)
	 */
	public record Verification(String code, Etat etat, boolean signatureVerifiee, String emetteur, String nom,
			String description, String criteres, List<String> competences, Instant valideDes, Instant expireLe,
			Instant revoqueLe, String motif, String titulaire) {
	}

}
