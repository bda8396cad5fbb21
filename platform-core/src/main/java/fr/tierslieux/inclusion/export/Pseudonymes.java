package fr.tierslieux.inclusion.export;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's pseudonym in the exports: {@code P-} and 12 hexadecimal digits of an
 * HMAC-SHA256 of their id, keyed by the platform's own secret (drawn at random when the
 * database was created). The same person keeps the same pseudonym from one export to the
 * next, so that a funder can follow a pathway; without the key, nobody can go back from
 * the pseudonym to the person, not even by trying every id.
 */
@Component
public class Pseudonymes {

	private static final HexFormat HEXA = HexFormat.of().withUpperCase();

	private final JdbcClient sql;

	private volatile SecretKeySpec cle;

	Pseudonymes(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * A calculator for one thread (a {@link Mac} is not thread-safe, and building one per
	 * row would cost more than the row).
	 */
	public Calcul calcul() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(cle());
			return new Calcul(mac);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private SecretKeySpec cle() {
		SecretKeySpec lue = cle;
		if (lue == null) {
			byte[] octets = sql.sql("select cle from cle_de_pseudonymisation where id = 1")
				.query(byte[].class)
				.single();
			lue = new SecretKeySpec(octets, "HmacSHA256");
			cle = lue;
		}
		return lue;
	}

	/** The pseudonyms of one export. */
	public static final class Calcul {

		private final Mac mac;

		private final ByteBuffer id = ByteBuffer.allocate(Long.BYTES);

		private Calcul(Mac mac) {
			this.mac = mac;
		}

		public String de(long beneficiaireId) {
			id.clear();
			id.putLong(beneficiaireId);
			byte[] empreinte = mac.doFinal(id.array());
			return "P-" + HEXA.formatHex(empreinte, 0, 6);
		}

	}

}
