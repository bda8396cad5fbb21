package fr.tierslieux.inclusion.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.TacheUnique;

/**
 * Throttles password guessing, across every instance: after {@code parIdentifiant} failed
 * logins for one identifier, or {@code parAdresse} from one address, within
 * {@link #FENETRE}, that identifier or address waits until the oldest of those failures
 * leaves the window, right password or not. Unknown identifiers count alike, so a wait
 * tells nothing about which accounts exist. The address limit is higher: the agents of
 * one agency may share the address of its network.
 */
@Service
@Transactional
public class EchecsDeConnexion {

	public static final Duration FENETRE = Duration.ofMinutes(15);

	private final JdbcClient sql;

	private final TacheUnique unique;

	private final Clock clock;

	private final int parIdentifiant;

	private final int parAdresse;

	EchecsDeConnexion(JdbcClient sql, TacheUnique unique, Clock clock,
			@Value("${plateforme.connexion.echecs-par-identifiant:5}") int parIdentifiant,
			@Value("${plateforme.connexion.echecs-par-adresse:50}") int parAdresse) {
		this.sql = sql;
		this.unique = unique;
		this.clock = clock;
		this.parIdentifiant = parIdentifiant;
		this.parAdresse = parAdresse;
	}

	public void noter(String identifiant, String adresse) {
		sql.sql("insert into echec_connexion (identifiant, adresse, le) values (:identifiant, :adresse, :le)")
			.param("identifiant", cle(identifiant))
			.param("adresse", adresse)
			.param("le", Timestamp.from(clock.instant()))
			.update();
	}

	/** A successful login starts its identifier afresh; its address's failures stay. */
	public void oublier(String identifiant) {
		sql.sql("delete from echec_connexion where identifiant = :identifiant")
			.param("identifiant", cle(identifiant))
			.update();
	}

	/**
	 * @return how long this identifier or this address must wait before trying again, if
	 * either is over its limit
	 */
	@Transactional(readOnly = true)
	public Optional<Duration> attente(String identifiant, String adresse) {
		Instant maintenant = clock.instant();
		Optional<Instant> jusquA = sql
			.sql("""
					select max(jusqu_a) from (
					    (select le + make_interval(secs => :fenetre) as jusqu_a from echec_connexion
					     where identifiant = :identifiant and le > :depuis order by le desc offset :parIdentifiant - 1 limit 1)
					    union all
					    (select le + make_interval(secs => :fenetre) from echec_connexion
					     where adresse = :adresse and le > :depuis order by le desc offset :parAdresse - 1 limit 1)
					) limites""")
			.param("fenetre", FENETRE.toSeconds())
			.param("identifiant", cle(identifiant))
			.param("adresse", adresse)
			.param("depuis", Timestamp.from(maintenant.minus(FENETRE)))
			.param("parIdentifiant", parIdentifiant)
			.param("parAdresse", parAdresse)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		return jusquA.filter(maintenant::isBefore).map(fin -> Duration.between(maintenant, fin));
	}

	/**
	 * Forgets the failures past the window, every hour, on one instance: outside any
	 * transaction, the lock being committed on its own.
	 */
	@Scheduled(fixedDelayString = "PT1H")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Integer purger() {
		return unique.executer("echecs-de-connexion", Duration.ofMinutes(1), Duration.ofMinutes(10),
				this::oublierLesPerimes);
	}

	/** The failures past the window deleted; the hourly job holds the lock around it. */
	int oublierLesPerimes() {
		return sql.sql("delete from echec_connexion where le <= :avant")
			.param("avant", Timestamp.from(clock.instant().minus(FENETRE)))
			.update();
	}

	/** Lower-cased, and cut to the column: any text may be typed in the login form. */
	private static String cle(String identifiant) {
		String cle = identifiant == null ? "" : identifiant.strip().toLowerCase(Locale.ROOT);
		return cle.length() <= 320 ? cle : cle.substring(0, 320);
	}

}
