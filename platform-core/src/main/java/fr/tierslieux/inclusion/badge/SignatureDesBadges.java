package fr.tierslieux.inclusion.badge;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/**
 * Signs a verifiable credential as a VC-JWT (Open Badges 3.0, §8.2: the payload is the
 * credential itself, with the registered claims {@code iss}, {@code nbf}, {@code jti} and
 * {@code exp} repeating its issuer, dates and identifier), RS256 with the platform's
 * current key, named in the header; and checks one against the keys that ever signed.
 */
@Component
public class SignatureDesBadges {

	private final ClesDesBadges cles;

	SignatureDesBadges(ClesDesBadges cles) {
		this.cles = cles;
	}

	/**
	 * @param credential the credential as JSON members
	 * @param emetteur its issuer's identifier
	 * @param expireLe its end of validity, or null
	 * @return the JWS compact serialization
	 */
	public String signer(Map<String, Object> credential, String id, String emetteur, Instant valideDes,
			Instant expireLe) {
		return signer(cles.signataire(), credential, id, emetteur, valideDes, expireLe);
	}

	/** The same with the given key (the one a badge records as its signer). */
	public String signer(RSAKey cle, Map<String, Object> credential, String id, String emetteur, Instant valideDes,
			Instant expireLe) {
		JWTClaimsSet.Builder revendications = new JWTClaimsSet.Builder();
		credential.forEach(revendications::claim);
		revendications.issuer(emetteur).notBeforeTime(Date.from(valideDes)).jwtID(id);
		if (expireLe != null) {
			revendications.expirationTime(Date.from(expireLe));
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
			.keyID(cle.getKeyID())
			.jwk(cle.toPublicJWK())
			.build(), revendications.build());
		try {
			jwt.sign(new RSASSASigner(cle));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/**
	 * Reads a VC-JWT and checks its signature against the platform's keys (the key named
	 * in its header, never the one it carries: anybody can carry a key).
	 * @return empty when it is not a signed JWT at all
	 */
	public Optional<Lu> lire(String compact) {
		if (compact == null || compact.isBlank() || compact.length() > 200_000) {
			return Optional.empty();
		}
		try {
			SignedJWT jwt = SignedJWT.parse(compact.strip());
			String kid = jwt.getHeader().getKeyID();
			boolean signatureValide = kid != null && cles.publique(kid).map(cle -> {
				try {
					return jwt.verify(new RSASSAVerifier(cle));
				}
				catch (JOSEException ex) {
					return false;
				}
			}).orElse(false);
			Map<String, Object> contenu = new LinkedHashMap<>(jwt.getPayload().toJSONObject());
			return Optional.of(new Lu(contenu, signatureValide, kid));
		}
		catch (ParseException | IllegalArgumentException | ClassCastException pasUnJwt) {
			return Optional.empty();
		}
	}

	/**
	 * A read credential.
	 *
	 * @param contenu its JSON members (the credential and the JWT's claims)
	 * @param signatureValide whether one of the platform's keys signed it
	 */
	public record Lu(Map<String, Object> contenu, boolean signatureValide, String kid) {

		public Optional<String> texte(String membre) {
			return contenu.get(membre) instanceof String s ? Optional.of(s) : Optional.empty();
		}

	}

}
