package fr.tierslieux.inclusion.binome;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * Reads a binôme's heading within the reader's perimeter: its agence's conseillers, its
 * tiers-lieu's facilitateurs, the coordination of its vague's région, admins. Directions
 * (pilotes) read figures, not binômes.
 */
@Component
public class LectureDesBinomes {

	/** SQL: the binôme {@code bi} of the vague {@code v} is in the reader's perimeter. */
	public static final String DANS_LE_PERIMETRE = """
			(:pasPilote and (:tout or bi.tiers_lieu_id in (:tiersLieux) or bi.agence_id in (:agences)
			 or v.region_code in (:regions)))""";

	private final JdbcClient sql;

	LectureDesBinomes(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * @param verrouiller whether to lock the binôme's row until the transaction ends
	 * (writes that must see each other in turn)
	 * @throws IntrouvableException outside the perimeter too
	 */
	public EnTete entete(Perimetre qui, Long binomeId, boolean verrouiller) {
		return perimetre(sql.sql("""
				select bi.id, bi.phase, bi.version, bi.tour_fiche, bi.agence_id, bi.tiers_lieu_id, bi.vague_id,
				       bi.referent_agence_id, bi.referent_tiers_lieu_id, v.region_code, v.nom as vague,
				       a.nom as agence, t.nom as tiers_lieu
				from binome bi join vague v on v.id = bi.vague_id join agence a on a.id = bi.agence_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id
				where bi.id = :id and """ + " " + DANS_LE_PERIMETRE + (verrouiller ? " for update of bi" : "")), qui)
			.param("id", binomeId)
			.query(LectureDesBinomes::entete)
			.optional()
			.orElseThrow(() -> new IntrouvableException("binôme", binomeId));
	}

	/**
	 * Whether the reader coordinates the vague (its région's coordination, admins).
	 * @return the vague's région
	 * @throws IntrouvableException otherwise, as for a vague that does not exist
	 */
	public String regionCoordonnee(Perimetre qui, Long vagueId) {
		String region = sql.sql("select region_code from vague where id = :id")
			.param("id", vagueId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("vague", vagueId));
		if (!qui.coordonne(region)) {
			throw new IntrouvableException("vague", vagueId);
		}
		return region;
	}

	/** Binds the parameters of {@link #DANS_LE_PERIMETRE}. */
	public static JdbcClient.StatementSpec perimetre(JdbcClient.StatementSpec requete, Perimetre qui) {
		return requete.param("pasPilote", qui.role() != Role.PILOTE)
			.param("tout", qui.voitTout())
			.param("tiersLieux", qui.tiersLieuxOuAucun())
			.param("agences", qui.agencesOuAucune())
			.param("regions", qui.regionsOuAucune());
	}

	private static EnTete entete(ResultSet rs, int n) throws SQLException {
		return new EnTete(rs.getLong("id"), Phase.valueOf(rs.getString("phase")), rs.getLong("version"),
				Cote.valueOf(rs.getString("tour_fiche")), rs.getLong("vague_id"), rs.getString("vague"),
				rs.getString("region_code"), rs.getLong("agence_id"), rs.getString("agence"),
				rs.getLong("tiers_lieu_id"), rs.getString("tiers_lieu"), rs.getObject("referent_agence_id", Long.class),
				rs.getObject("referent_tiers_lieu_id", Long.class));
	}

	/** What every page of a binôme needs to know about it. */
	public record EnTete(Long id, Phase phase, long version, Cote tourFiche, Long vagueId, String vague,
			String regionCode, Long agenceId, String agence, Long tiersLieuId, String tiersLieu, Long referentAgenceId,
			Long referentTiersLieuId) {

		/** The side the reader writes for, or null (coordination, admin). */
		public Cote coteDe(Perimetre qui) {
			return Cote.de(qui, agenceId, tiersLieuId);
		}

		public boolean coordonnePar(Perimetre qui) {
			return qui.coordonne(regionCode);
		}

	}

}
