package fr.tierslieux.inclusion.compte;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The second factor on a fixed clock: enrolled with a first code of the app, then each
 * code accepted once and within a step of the clock, each recovery code spent once, every
 * attempt in the audit trail.
 */
@CoreTest
@Transactional
class SecondFacteurTest {

	static final Instant MIDI = Instant.parse("2026-12-03T12:00:00Z");

	@Autowired
	SecondFacteur facteur;

	@Autowired
	GestionDesComptes gestion;

	@Autowired
	CompteKit comptes;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient sql;

	Connecte coordination;

	@BeforeEach
	void unCompteDeCoordination() {
		horloge.regler(MIDI);
		coordination = comptes.coordinateur(territoire.region().code());
	}

	@Test
	void the_app_is_enrolled_by_a_first_code_and_gives_ten_recovery_codes() throws Exception {
		SecondFacteur.Enrolement enrolement = facteur.enrolement(coordination.id(), coordination.identifiant());
		assertThat(facteur.enrolement(coordination.id(), coordination.identifiant()))
			.as("le même tant qu'il n'est pas confirmé")
			.isEqualTo(enrolement);
		assertThat(enrolement.uri()).startsWith("otpauth://totp/Parcours%20num%C3%A9riques%20en%20tiers-lieux:")
			.contains("secret=" + enrolement.secret());
		assertThat(facteur.estActif(coordination.id())).isFalse();

		assertThat(facteur.activer(coordination.id(), coordination.identifiant(), "000000")).isEmpty();
		List<String> codes = facteur
			.activer(coordination.id(), coordination.identifiant(), code(enrolement.secret(), MIDI))
			.orElseThrow();

		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
		assertThat(facteur.estActif(coordination.id())).isTrue();
		assertThat(journal()).containsExactly(tuple("SECOND_FACTEUR_ECHEC", "SECURITE"),
				tuple("SECOND_FACTEUR_ACTIVE", "SECURITE"));
	}

	@Test
	void a_code_serves_once_within_a_step_of_the_clock_and_a_recovery_code_once() throws Exception {
		SecondFacteur.Enrolement enrolement = facteur.enrolement(coordination.id(), coordination.identifiant());
		List<String> secours = facteur
			.activer(coordination.id(), coordination.identifiant(), code(enrolement.secret(), MIDI))
			.orElseThrow();

		Instant plusTard = MIDI.plus(Duration.ofHours(2));
		horloge.regler(plusTard);
		String code = code(enrolement.secret(), plusTard);
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(), code)).isTrue();
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(), code)).as("rejoué").isFalse();
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(),
				code(enrolement.secret(), plusTard.minusSeconds(30))))
			.as("un code plus ancien que le dernier accepté")
			.isFalse();
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(),
				code(enrolement.secret(), plusTard.plusSeconds(30))))
			.as("le pas suivant : une horloge un peu en avance")
			.isTrue();
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(),
				code(enrolement.secret(), plusTard.plus(Duration.ofMinutes(5)))))
			.as("cinq minutes d'écart")
			.isFalse();

		String unCode = secours.get(3).toLowerCase().replace("-", " ");
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(), unCode)).isTrue();
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(), unCode)).as("dépensé").isFalse();
		assertThat(facteur.codesDeSecoursRestants(coordination.id())).isEqualTo(9);
		assertThat(facteur.verifier(comptes.coordinateur(territoire.region().code()).id(), coordination.identifiant(),
				secours.get(4)))
			.as("le code d'un autre compte")
			.isFalse();

		facteur.reinitialiser(coordination.id());
		assertThat(facteur.estActif(coordination.id())).isFalse();
		assertThat(facteur.verifier(coordination.id(), coordination.identifiant(), secours.get(5))).isFalse();
	}

	@Test
	void an_admin_resets_a_lost_factor_and_the_account_enrols_again() throws Exception {
		SecondFacteur.Enrolement avant = facteur.enrolement(coordination.id(), coordination.identifiant());
		facteur.activer(coordination.id(), coordination.identifiant(), code(avant.secret(), MIDI)).orElseThrow();
		long version = sql.sql("select version from utilisateur where id = ?")
			.param(coordination.id())
			.query(Long.class)
			.single();
		Connecte admin = comptes.admin();

		gestion.reinitialiserLeSecondFacteur(admin.perimetre(), coordination.id(), version);

		assertThat(facteur.estActif(coordination.id())).isFalse();
		assertThat(facteur.codesDeSecoursRestants(coordination.id())).isZero();
		assertThat(facteur.enrolement(coordination.id(), coordination.identifiant()).secret()).as("une nouvelle clé")
			.isNotEqualTo(avant.secret());
		assertThat(sql.sql("select action from journal_administration where reference = ? order by id")
			.param(coordination.identifiant())
			.query(String.class)
			.list()).containsExactly("SECOND_FACTEUR_REINITIALISE");
	}

	static String code(String secret, Instant quand) throws Exception {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30));
		return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()),
				quand);
	}

	private List<org.assertj.core.groups.Tuple> journal() {
		return sql
			.sql("select action, finalite from journal_audit where objet_type = 'UTILISATEUR' and objet_id = ?"
					+ " and action like 'SECOND_FACTEUR%' order by id")
			.param(coordination.id())
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
			.list();
	}

}
