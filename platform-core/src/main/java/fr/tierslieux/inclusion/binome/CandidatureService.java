package fr.tierslieux.inclusion.binome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.courrier.Notifications;

/**
 * The call for volunteer tiers-lieux of a vague: a tiers-lieu of the vague's région
 * applies with its capacities and proposal; the coordination selects it or declines with
 * a reason, and the tiers-lieu is told by mail.
 */
@Service
@Transactional
public class CandidatureService {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient sql;

	private final Notifications notifications;

	private final Clock clock;

	private final LectureDesBinomes binomes;

	CandidatureService(JdbcClient sql, Notifications notifications, Clock clock, LectureDesBinomes binomes) {
		this.binomes = binomes;
		this.sql = sql;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * The vagues not yet over in the régions of the reader's tiers-lieux, each with what
	 * each of those tiers-lieux did about it.
	 */
	@Transactional(readOnly = true)
	public List<AppelOuvert> appels(Perimetre qui) {
		return sql.sql("""
				select v.id as vague_id, v.nom as vague, r.nom as region, v.debut, v.fin, t.id as tiers_lieu_id,
				       t.nom as tiers_lieu, c.id as candidature_id, c.statut, c.motif
				from tiers_lieu t join departement d on d.code = t.departement_code
				join vague v on v.region_code = d.region_code join region r on r.code = v.region_code
				left join candidature c on c.vague_id = v.id and c.tiers_lieu_id = t.id
				where t.id in (:tiersLieux) and v.fin >= :aujourdhui
				order by v.debut, v.id, lower(t.nom), t.id""")
			.param("tiersLieux", qui.tiersLieuxOuAucun())
			.param("aujourdhui", LocalDate.ofInstant(clock.instant(), PARIS))
			.query((rs, n) -> new AppelOuvert(rs.getLong("vague_id"), rs.getString("vague"), rs.getString("region"),
					rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class),
					rs.getLong("tiers_lieu_id"), rs.getString("tiers_lieu"), rs.getObject("candidature_id", Long.class),
					rs.getString("statut") == null ? null : StatutCandidature.valueOf(rs.getString("statut")),
					rs.getString("motif")))
			.list();
	}

	/**
	 * A facilitateur applies for their tiers-lieu.
	 * @throws SaisieRefuseeException if the vague is not open to this tiers-lieu or it
	 * applied already
	 */
	public Long candidater(Perimetre qui, Long vagueId, Long tiersLieuId, String capacites, String proposition) {
		if (qui.role() != Role.FACILITATEUR || !qui.tiersLieux().contains(tiersLieuId)) {
			throw new AccesRefuseException("candidature d'un tiers-lieu par un autre compte que le sien");
		}
		boolean ouverte = appels(qui).stream()
			.anyMatch(a -> a.vagueId().equals(vagueId) && a.tiersLieuId().equals(tiersLieuId));
		if (!ouverte) {
			throw new SaisieRefuseeException("vague", "candidature.vagueFermee");
		}
		// "on conflict do nothing" rather than catching the violation, which would abort
		// the
		// transaction
		return sql.sql("""
				insert into candidature (vague_id, tiers_lieu_id, capacites, proposition, deposee_par, deposee_le)
				values (:vague, :tiersLieu, :capacites, :proposition, :par, :le)
				on conflict (vague_id, tiers_lieu_id) do nothing returning id""")
			.param("vague", vagueId)
			.param("tiersLieu", tiersLieuId)
			.param("capacites", capacites)
			.param("proposition", proposition)
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new SaisieRefuseeException("vague", "candidature.dejaDeposee"));
	}

	/** The applications to a vague, for its coordination. */
	@Transactional(readOnly = true)
	public List<Candidature> candidatures(Perimetre qui, Long vagueId) {
		verifierCoordination(qui, vagueId);
		return lire("c.vague_id = :id order by c.statut = 'DECLINEE', c.deposee_le, c.id", vagueId);
	}

	/**
	 * Selects or declines an application; the tiers-lieu's accounts are told.
	 * @param motif required to decline
	 */
	public void decider(Perimetre qui, Long candidatureId, long version, boolean retenue, String motif) {
		Candidature candidature = lire("c.id = :id", candidatureId).stream()
			.findFirst()
			.orElseThrow(() -> new IntrouvableException("candidature", candidatureId));
		verifierCoordination(qui, candidature.vagueId());
		if (!retenue && (motif == null || motif.isBlank())) {
			throw new SaisieRefuseeException("motif", "candidature.motifRequis");
		}
		int faite = sql.sql("""
				update candidature set statut = :statut, motif = :motif, decidee_par = :par, decidee_le = :le,
				version = version + 1 where id = :id and version = :version""")
			.param("statut", (retenue ? StatutCandidature.RETENUE : StatutCandidature.DECLINEE).name())
			.param("motif", retenue ? null : motif)
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.param("id", candidatureId)
			.param("version", version)
			.update();
		if (faite == 0) {
			throw ConflitException.modificationConcurrente();
		}
		String texte = retenue ? """
				Bonjour,

				La coordination a retenu la candidature de %s pour la vague « %s ». Elle vous proposera bientôt \
				une agence France Travail avec qui former votre binôme.
				""".formatted(candidature.tiersLieu(), candidature.vague()) : """
				Bonjour,

				La coordination n'a pas retenu la candidature de %s pour la vague « %s ».
				Son motif : %s
				""".formatted(candidature.tiersLieu(), candidature.vague(), motif);
		notifications.apresValidation(notifications.adressesDuTiersLieu(candidature.tiersLieuId()),
				"Votre candidature pour la vague « " + candidature.vague() + " »", texte);
	}

	private List<Candidature> lire(String condition, Long id) {
		return sql.sql("""
				select c.*, v.nom as vague, v.region_code, t.nom as tiers_lieu, t.commune
				from candidature c join vague v on v.id = c.vague_id join tiers_lieu t on t.id = c.tiers_lieu_id
				where """ + " " + condition)
			.param("id", id)
			.query((rs, n) -> new Candidature(rs.getLong("id"), rs.getLong("vague_id"), rs.getString("vague"),
					rs.getString("region_code"), rs.getLong("tiers_lieu_id"), rs.getString("tiers_lieu"),
					rs.getString("commune"), rs.getString("capacites"), rs.getString("proposition"),
					StatutCandidature.valueOf(rs.getString("statut")), rs.getString("motif"),
					rs.getString("deposee_par"), rs.getTimestamp("deposee_le").toInstant(), rs.getLong("version")))
			.list();
	}

	private void verifierCoordination(Perimetre qui, Long vagueId) {
		binomes.regionCoordonnee(qui, vagueId);
	}

	public enum StatutCandidature {

		DEPOSEE, RETENUE, DECLINEE

	}

	/** A vague a tiers-lieu may apply to, and its application if any. */
	public record AppelOuvert(Long vagueId, String vague, String region, LocalDate debut, LocalDate fin,
			Long tiersLieuId, String tiersLieu, Long candidatureId, StatutCandidature statut, String motif) {
	}

	public record Candidature(Long id, Long vagueId, String vague, String regionCode, Long tiersLieuId,
			String tiersLieu, String commune, String capacites, String proposition, StatutCandidature statut,
			String motif, String deposeePar, Instant deposeeLe, long version) {
	}

}
