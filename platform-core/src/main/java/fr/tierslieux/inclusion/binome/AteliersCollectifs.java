package fr.tierslieux.inclusion.binome;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The collective workshops of a vague (T0): interconnaissance, modélisation, restitution;
 * every binôme of the vague is invited, with other local actors named in words; the
 * coordination records which side of which binôme came.
 */
@Service
@Transactional
public class AteliersCollectifs {

	private final JdbcClient sql;

	private final FormationDesBinomes formation;

	AteliersCollectifs(JdbcClient sql, FormationDesBinomes formation) {
		this.sql = sql;
		this.formation = formation;
	}

	@Transactional(readOnly = true)
	public List<AtelierCollectif> ateliers(Perimetre qui, Long vagueId) {
		formation.vague(qui, vagueId);
		Map<Long, Set<String>> presences = new HashMap<>();
		sql.sql("""
				select p.atelier_collectif_id, p.binome_id || ':' || p.cote from atelier_collectif_presence p
				join atelier_collectif a on a.id = p.atelier_collectif_id where a.vague_id = :vague""")
			.param("vague", vagueId)
			.query((rs, n) -> presences.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2)))
			.list();
		return sql.sql("select * from atelier_collectif where vague_id = :vague order by date_atelier, id")
			.param("vague", vagueId)
			.query((rs, n) -> new AtelierCollectif(rs.getLong("id"), TypeAtelierCollectif.valueOf(rs.getString("type")),
					rs.getObject("date_atelier", LocalDate.class), rs.getString("lieu"), rs.getString("autres_invites"),
					Set.copyOf(presences.getOrDefault(rs.getLong("id"), Set.of())), rs.getLong("version")))
			.list();
	}

	/** The binômes of the vague, everyone invited to its workshops. */
	@Transactional(readOnly = true)
	public List<BinomeInvite> invites(Perimetre qui, Long vagueId) {
		formation.vague(qui, vagueId);
		return sql.sql("""
				select bi.id, a.nom as agence, t.nom as tiers_lieu, bi.phase from binome bi
				join agence a on a.id = bi.agence_id join tiers_lieu t on t.id = bi.tiers_lieu_id
				where bi.vague_id = :vague order by lower(t.nom), bi.id""")
			.param("vague", vagueId)
			.query((rs, n) -> new BinomeInvite(rs.getLong(1), rs.getString(2), rs.getString(3),
					Phase.valueOf(rs.getString(4))))
			.list();
	}

	public Long planifier(Perimetre qui, Long vagueId, TypeAtelierCollectif type, LocalDate date, String lieu,
			String autresInvites) {
		formation.vague(qui, vagueId);
		return sql.sql("""
				insert into atelier_collectif (vague_id, type, date_atelier, lieu, autres_invites)
				values (:vague, :type, :date, :lieu, :autres) returning id""")
			.param("vague", vagueId)
			.param("type", type.name())
			.param("date", Date.valueOf(date))
			.param("lieu", lieu)
			.param("autres", autresInvites)
			.query(Long.class)
			.single();
	}

	/**
	 * Records who came: {@code binomeId:AGENCE} or {@code binomeId:TIERS_LIEU} for each
	 * side present; the others are absent.
	 */
	public void enregistrerPresences(Perimetre qui, Long atelierId, long version, Set<String> presents) {
		Long vagueId = sql.sql("select vague_id from atelier_collectif where id = :id")
			.param("id", atelierId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("atelier collectif", atelierId));
		formation.vague(qui, vagueId);
		if (sql.sql("update atelier_collectif set version = version + 1 where id = :id and version = :version")
			.param("id", atelierId)
			.param("version", version)
			.update() == 0) {
			throw ConflitException.modificationConcurrente();
		}
		sql.sql("delete from atelier_collectif_presence where atelier_collectif_id = :id")
			.param("id", atelierId)
			.update();
		Set<Long> binomes = new HashSet<>(invites(qui, vagueId).stream().map(BinomeInvite::id).toList());
		for (String present : presents) {
			String[] parties = present.split(":");
			if (parties.length == 2 && parties[0].matches("\\d{1,18}") && binomes.contains(Long.valueOf(parties[0]))
					&& (parties[1].equals(Cote.AGENCE.name()) || parties[1].equals(Cote.TIERS_LIEU.name()))) {
				sql.sql("""
						insert into atelier_collectif_presence (atelier_collectif_id, binome_id, cote)
						values (:atelier, :binome, :cote)""")
					.param("atelier", atelierId)
					.param("binome", Long.valueOf(parties[0]))
					.param("cote", parties[1])
					.update();
			}
		}
	}

	public enum TypeAtelierCollectif {

		INTERCONNAISSANCE, MODELISATION, RESTITUTION

	}

	/**
	 * @param presents {@code binomeId:COTE} of each side that came
	 */
	public record AtelierCollectif(Long id, TypeAtelierCollectif type, LocalDate date, String lieu,
			String autresInvites, Set<String> presents, long version) {

		public boolean present(Long binomeId, Cote cote) {
			return presents.contains(binomeId + ":" + cote);
		}

	}

	public record BinomeInvite(Long id, String agence, String tiersLieu, Phase phase) {
	}

}
