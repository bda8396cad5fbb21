package fr.tierslieux.inclusion.atelier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The month's sessions of a tiers-lieu, all its parcours together, as its facilitators
 * plan their weeks; or of every binôme the reader sees (an agence's counsellors, a
 * région's coordination), one tiers-lieu at a time when they choose.
 */
@Service
@Transactional(readOnly = true)
public class AgendaDesSeances {

	/** Beyond this, the month is narrowed to one tiers-lieu rather than shown whole. */
	public static final int LIMITE = 300;

	private static final Comparator<Lieu> PAR_NOM = Comparator.comparing(Lieu::nom).thenComparing(Lieu::id);

	private final JdbcClient sql;

	AgendaDesSeances(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * @param tiersLieuId the tiers-lieu chosen, or null: a facilitator's own, anybody
	 * else's whole perimeter
	 * @throws IntrouvableException for a tiers-lieu none of whose binômes the reader sees
	 */
	public Agenda mois(Perimetre qui, Long tiersLieuId, YearMonth mois) {
		List<BinomeDuLieu> binomes = binomes(qui);
		List<Lieu> lieux = binomes.stream().map(BinomeDuLieu::lieu).distinct().sorted(PAR_NOM).limit(1000).toList();
		Lieu lieu = tiersLieuId != null
				? binomes.stream()
					.map(BinomeDuLieu::lieu)
					.filter(l -> l.id().equals(tiersLieuId))
					.findFirst()
					.orElseThrow(() -> new IntrouvableException("tiers-lieu", tiersLieuId))
				: lieux.stream().filter(l -> qui.tiersLieux().contains(l.id())).findFirst().orElse(null);
		// the binômes are named, not described by the perimeter's "or"s: a prepared
		// statement's generic plan would read the whole month of the country to keep a
		// tiers-lieu's few sessions
		List<Long> ids = binomes.stream()
			.filter(b -> lieu == null || b.lieu().equals(lieu))
			.map(BinomeDuLieu::id)
			.toList();
		boolean toutLePays = lieu == null && qui.voitTout();
		List<SeanceDuMois> seances = ids.isEmpty() && !toutLePays ? List.of()
				: sql
					.sql("""
							select a.id, a.intitule, a.type, a.date_atelier, a.heure_debut, a.heure_fin, a.lieu,
							       a.annulee_le is not null as annulee, p.id as parcours_id, p.intitule as parcours, t.nom as tiers_lieu
							from atelier a join parcours p on p.id = a.parcours_id join binome bi on bi.id = p.binome_id
							join tiers_lieu t on t.id = bi.tiers_lieu_id
							where a.date_atelier between :debut and :fin"""
							+ (toutLePays ? "" : " and p.binome_id in (:binomes)") + """

									order by a.date_atelier, a.heure_debut, a.id limit :limite""")
					.param("debut", mois.atDay(1))
					.param("fin", mois.atEndOfMonth())
					.param("binomes", ids.isEmpty() ? List.of(-1L) : ids)
					.param("limite", LIMITE + 1)
					.query((rs, n) -> new SeanceDuMois(rs.getLong("id"), rs.getString("intitule"),
							TypeAtelier.valueOf(rs.getString("type")), rs.getObject("date_atelier", LocalDate.class),
							rs.getObject("heure_debut", LocalTime.class), rs.getObject("heure_fin", LocalTime.class),
							rs.getString("lieu"), rs.getBoolean("annulee"), rs.getLong("parcours_id"),
							rs.getString("parcours"), rs.getString("tiers_lieu")))
					.list();
		boolean tronque = seances.size() > LIMITE;
		return new Agenda(mois, lieu, lieux, tronque ? seances.subList(0, LIMITE) : seances, tronque);
	}

	/** The reader's binômes that run a parcours, with their tiers-lieu. */
	private List<BinomeDuLieu> binomes(Perimetre qui) {
		return LectureDesBinomes
			.perimetre(sql.sql("""
					select bi.id, t.id as lieu, t.nom from binome bi join vague v on v.id = bi.vague_id
					join tiers_lieu t on t.id = bi.tiers_lieu_id
					where exists (select 1 from parcours p where p.binome_id = bi.id) and""" + " "
					+ LectureDesBinomes.DANS_LE_PERIMETRE), qui)
			.query((rs, n) -> new BinomeDuLieu(rs.getLong("id"), new Lieu(rs.getLong("lieu"), rs.getString("nom"))))
			.list();
	}

	private record BinomeDuLieu(Long id, Lieu lieu) {
	}

	/**
	 * @param lieu the tiers-lieu shown, null for the whole perimeter
	 * @param lieux the tiers-lieux the reader may choose
	 * @param tronque more than {@link #LIMITE} sessions: choose a tiers-lieu
	 */
	public record Agenda(YearMonth mois, Lieu lieu, List<Lieu> lieux, List<SeanceDuMois> seances, boolean tronque) {
	}

	public record Lieu(Long id, String nom) {
	}

	public record SeanceDuMois(Long id, String intitule, TypeAtelier type, LocalDate date, LocalTime debut,
			LocalTime fin, String lieu, boolean annulee, Long parcoursId, String parcours, String tiersLieu) {
	}

}
