package fr.tierslieux.inclusion.budget;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.parcours.FormatParcours;

/**
 * What France Travail commits on a convention for a binôme of its tiers-lieu (one of its
 * parcours, or its engineering), and the payments made on each commitment. Nothing is
 * committed beyond the convention's amount, nothing paid beyond a commitment: both
 * checked under a lock on the row they draw from, so that two coordinators cannot
 * overdraw it together.
 */
@Service
@Transactional(readOnly = true)
public class Engagements {

	private final JdbcClient sql;

	private final Conventions conventions;

	private final Clock horloge;

	private final BilansGardes bilans;

	Engagements(JdbcClient sql, Conventions conventions, Clock horloge, BilansGardes bilans) {
		this.sql = sql;
		this.conventions = conventions;
		this.horloge = horloge;
		this.bilans = bilans;
	}

	/** The vague's reports show the change at once. */
	private void oublierLesBilans(long binome) {
		bilans.oublier(
				sql.sql("select vague_id from binome where id = :id").param("id", binome).query(Long.class).single());
	}

	/** The convention's commitments, oldest first, each with its payments. */
	public List<EngagementLigne> engagements(Perimetre qui, long conventionId) {
		conventions.lisible(qui, conventionId);
		Map<Long, List<PaiementLigne>> paiements = new LinkedHashMap<>();
		sql.sql("""
				select p.id, p.engagement_id, p.verse_le, p.montant, p.reference from paiement p
				join engagement e on e.id = p.engagement_id where e.convention_id = :id order by p.verse_le, p.id""")
			.param("id", conventionId)
			.query((rs, n) -> paiements.computeIfAbsent(rs.getLong("engagement_id"), id -> new ArrayList<>())
				.add(new PaiementLigne(rs.getLong("id"), rs.getObject("verse_le", LocalDate.class),
						rs.getBigDecimal("montant"), rs.getString("reference"))))
			.list();
		return sql.sql("""
				select e.id, e.binome_id, a.nom as agence, v.nom as vague, e.parcours_id, p.intitule, p.format,
				       e.montant, e.engage_le
				from engagement e join binome bi on bi.id = e.binome_id join agence a on a.id = bi.agence_id
				join vague v on v.id = bi.vague_id left join parcours p on p.id = e.parcours_id
				where e.convention_id = :id order by e.engage_le, e.id""")
			.param("id", conventionId)
			.query((rs, n) -> new EngagementLigne(rs.getLong("id"), rs.getLong("binome_id"), rs.getString("agence"),
					rs.getString("vague"), (Long) rs.getObject("parcours_id"), rs.getString("intitule"),
					rs.getString("format") == null ? null : FormatParcours.valueOf(rs.getString("format")),
					rs.getBigDecimal("montant"), rs.getObject("engage_le", LocalDate.class),
					paiements.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * The binômes of the convention's tiers-lieu, with their parcours: what may be
	 * committed.
	 */
	public List<BinomeEngageable> engageables(Perimetre qui, long conventionId) {
		conventions.coordonnee(qui, conventionId);
		Map<Long, BinomeEngageable> binomes = new LinkedHashMap<>();
		sql.sql("""
				select bi.id, a.nom as agence, v.nom as vague, p.id as parcours_id, p.intitule, p.format
				from convention c join binome bi on bi.tiers_lieu_id = c.tiers_lieu_id
				join agence a on a.id = bi.agence_id join vague v on v.id = bi.vague_id
				left join parcours p on p.binome_id = bi.id
				where c.id = :id order by v.debut desc, bi.id, p.date_debut, p.id""")
			.param("id", conventionId)
			.query((rs, n) -> {
				String agence = rs.getString("agence");
				String vague = rs.getString("vague");
				BinomeEngageable binome = binomes.computeIfAbsent(rs.getLong("id"),
						id -> new BinomeEngageable(id, agence, vague, new ArrayList<>()));
				if (rs.getObject("parcours_id") != null) {
					binome.parcours()
						.add(new ParcoursEngageable(rs.getLong("parcours_id"), rs.getString("intitule"),
								FormatParcours.valueOf(rs.getString("format"))));
				}
				return null;
			})
			.list();
		return List.copyOf(binomes.values());
	}

	/**
	 * Commits an amount of the convention to a binôme of its tiers-lieu, for one of its
	 * parcours or (without parcours) for its engineering.
	 */
	@Transactional
	public long engager(Perimetre qui, long conventionId, NouvelEngagement engagement) {
		conventions.coordonnee(qui, conventionId);
		Plafond convention = sql.sql("""
				select c.montant, c.debut, c.fin, c.tiers_lieu_id,
				       coalesce((select sum(e.montant) from engagement e where e.convention_id = c.id), 0) as deja
				from convention c where c.id = :id for update""")
			.param("id", conventionId)
			.query((rs, n) -> new Plafond(rs.getBigDecimal("montant"), rs.getBigDecimal("deja"),
					rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class),
					rs.getLong("tiers_lieu_id")))
			.single();
		boolean binomeDuTiersLieu = sql.sql("""
				select exists (select 1 from binome where id = :binome and tiers_lieu_id = :tiersLieu)
				   and (cast(:parcours as bigint) is null
				        or exists (select 1 from parcours where id = :parcours and binome_id = :binome))""")
			.param("binome", engagement.binomeId())
			.param("tiersLieu", convention.tiersLieu())
			.param("parcours", engagement.parcoursId())
			.query(Boolean.class)
			.single();
		if (!binomeDuTiersLieu) {
			throw new SaisieRefuseeException("cible", "engagement.cibleHorsConvention");
		}
		if (engagement.date().isBefore(convention.debut()) || engagement.date().isAfter(convention.fin())) {
			throw new SaisieRefuseeException("dateEngagement", "engagement.horsPeriode");
		}
		BigDecimal disponible = convention.montant().subtract(convention.deja());
		if (engagement.montant().compareTo(disponible) > 0) {
			throw new SaisieRefuseeException("montantEngage", "engagement.auDelaDeLaConvention", disponible);
		}
		long id = sql.sql("""
				insert into engagement (convention_id, binome_id, parcours_id, montant, engage_le, cree_par, cree_le)
				values (:convention, :binome, :parcours, :montant, :date, :par, :le) returning id""")
			.param("convention", conventionId)
			.param("binome", engagement.binomeId())
			.param("parcours", engagement.parcoursId())
			.param("montant", engagement.montant())
			.param("date", Date.valueOf(engagement.date()))
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(horloge.instant()))
			.query(Long.class)
			.single();
		oublierLesBilans(engagement.binomeId());
		return id;
	}

	/** Records a payment on a commitment of the convention. */
	@Transactional
	public long payer(Perimetre qui, long conventionId, NouveauPaiement paiement) {
		long engagementId = paiement.engagementId();
		conventions.coordonnee(qui, conventionId);
		Plafond engagement = sql.sql("""
				select e.montant, e.engage_le,
				       coalesce((select sum(p.montant) from paiement p where p.engagement_id = e.id), 0) as deja
				from engagement e where e.id = :id and e.convention_id = :convention for update""")
			.param("id", engagementId)
			.param("convention", conventionId)
			.query((rs, n) -> new Plafond(rs.getBigDecimal("montant"), rs.getBigDecimal("deja"),
					rs.getObject("engage_le", LocalDate.class), null, 0))
			.optional()
			.orElseThrow(() -> new SaisieRefuseeException("engagement", "paiement.engagementInconnu"));
		if (paiement.date().isBefore(engagement.debut())) {
			throw new SaisieRefuseeException("dateVersement", "paiement.avantEngagement");
		}
		BigDecimal reste = engagement.montant().subtract(engagement.deja());
		if (paiement.montant().compareTo(reste) > 0) {
			throw new SaisieRefuseeException("montantVerse", "paiement.auDelaDeLEngagement", reste);
		}
		if (sql.sql("select exists (select 1 from paiement where engagement_id = :id and reference = :reference)")
			.param("id", engagementId)
			.param("reference", paiement.reference())
			.query(Boolean.class)
			.single()) {
			throw new SaisieRefuseeException("reference", "paiement.referenceDejaSaisie");
		}
		long id;
		try {
			id = sql.sql("""
					insert into paiement (engagement_id, verse_le, montant, reference, cree_par, cree_le)
					values (:engagement, :date, :montant, :reference, :par, :le) returning id""")
				.param("engagement", engagementId)
				.param("date", Date.valueOf(paiement.date()))
				.param("montant", paiement.montant())
				.param("reference", paiement.reference())
				.param("par", qui.identifiant())
				.param("le", Timestamp.from(horloge.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException memeReference) {
			throw new SaisieRefuseeException("reference", "paiement.referenceDejaSaisie");
		}
		oublierLesBilans(sql.sql("select binome_id from engagement where id = :id")
			.param("id", engagementId)
			.query(Long.class)
			.single());
		return id;
	}

	/** An amount drawn from, what is already drawn, and the period it applies to. */
	private record Plafond(BigDecimal montant, BigDecimal deja, LocalDate debut, LocalDate fin, long tiersLieu) {
	}

	/** A commitment to record; no parcours means the binôme's engineering. */
	public record NouvelEngagement(long binomeId, Long parcoursId, BigDecimal montant, LocalDate date) {
	}

	/** A payment to record. */
	public record NouveauPaiement(long engagementId, LocalDate date, BigDecimal montant, String reference) {
	}

	/** A commitment as the convention's page lists it. */
	public record EngagementLigne(long id, long binomeId, String agence, String vague, Long parcoursId, String parcours,
			FormatParcours format, BigDecimal montant, LocalDate date, List<PaiementLigne> paiements) {

		public BigDecimal paye() {
			return paiements.stream().map(PaiementLigne::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public BigDecimal reste() {
			return montant.subtract(paye());
		}

	}

	/** A payment. */
	public record PaiementLigne(long id, LocalDate date, BigDecimal montant, String reference) {
	}

	/** A binôme of the convention's tiers-lieu. */
	public record BinomeEngageable(long id, String agence, String vague, List<ParcoursEngageable> parcours) {
	}

	/** A parcours of such a binôme. */
	public record ParcoursEngageable(long id, String intitule, FormatParcours format) {
	}

}
