package fr.tierslieux.inclusion.atelier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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
		List<Lieu> lieux = lieux(qui, null);
		Lieu lieu = tiersLieuId != null
				? lieux(qui, tiersLieuId).stream()
					.findFirst()
					.orElseThrow(() -> new IntrouvableException("tiers-lieu", tiersLieuId))
				: lieux.stream().filter(l -> qui.tiersLieux().contains(l.id())).findFirst().orElse(null);
		Long choisi = lieu == null ? null : lieu.id();
		List<SeanceDuMois> seances = LectureDesBinomes
			.perimetre(
					sql.sql("""
							select a.id, a.intitule, a.type, a.date_atelier, a.heure_debut, a.heure_fin, a.lieu,
							       a.annulee_le is not null as annulee, p.id as parcours_id, p.intitule as parcours, t.nom as tiers_lieu
							from atelier a join parcours p on p.id = a.parcours_id join binome bi on bi.id = p.binome_id
							join vague v on v.id = bi.vague_id join tiers_lieu t on t.id = bi.tiers_lieu_id
							where a.date_atelier between :debut and :fin and (:tous or bi.tiers_lieu_id = :tiersLieu)
							  and"""
							+ " " + LectureDesBinomes.DANS_LE_PERIMETRE + """

									order by a.date_atelier, a.heure_debut, a.id limit :limite"""),
					qui)
			.param("debut", mois.atDay(1))
			.param("fin", mois.atEndOfMonth())
			.param("tous", choisi == null)
			.param("tiersLieu", choisi == null ? -1L : choisi)
			.param("limite", LIMITE + 1)
			.query((rs, n) -> new SeanceDuMois(rs.getLong("id"), rs.getString("intitule"),
					TypeAtelier.valueOf(rs.getString("type")), rs.getObject("date_atelier", LocalDate.class),
					rs.getObject("heure_debut", LocalTime.class), rs.getObject("heure_fin", LocalTime.class),
					rs.getString("lieu"), rs.getBoolean("annulee"), rs.getLong("parcours_id"), rs.getString("parcours"),
					rs.getString("tiers_lieu")))
			.list();
		boolean tronque = seances.size() > LIMITE;
		return new Agenda(mois, lieu, lieux, tronque ? seances.subList(0, LIMITE) : seances, tronque);
	}

	/** The tiers-lieux of the reader's binômes that run a parcours (or the one asked). */
	private List<Lieu> lieux(Perimetre qui, Long seulement) {
		return LectureDesBinomes
			.perimetre(sql.sql("""
					select distinct t.id, t.nom from binome bi join vague v on v.id = bi.vague_id
					join tiers_lieu t on t.id = bi.tiers_lieu_id
					where exists (select 1 from parcours p where p.binome_id = bi.id) and (:tous or t.id = :id) and"""
					+ " " + LectureDesBinomes.DANS_LE_PERIMETRE + " order by t.nom, t.id limit 1000"), qui)
			.param("tous", seulement == null)
			.param("id", seulement == null ? -1L : seulement)
			.query((rs, n) -> new Lieu(rs.getLong(1), rs.getString(2)))
			.list();
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
