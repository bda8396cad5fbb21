package fr.tierslieux.inclusion.pilotage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * What a real deployment, which starts empty, asks of its admin and coordination first:
 * import the référentiels, open a vague with its tariff table, invite the people, form a
 * first binôme. Each step is ticked when the records show it done (in the reader's
 * régions for a coordination), in one query.
 */
@Service
@Transactional(readOnly = true)
public class PremiersPas {

	private final JdbcClient sql;

	PremiersPas(JdbcClient sql) {
		this.sql = sql;
	}

	/**
	 * @return null for the roles that have no first steps to take
	 */
	public Etapes etapes(Perimetre qui) {
		if (qui.role() != Role.ADMIN && qui.role() != Role.COORDINATEUR) {
			return null;
		}
		return sql.sql("""
				select exists (select 1 from agence a join departement d on d.code = a.departement_code
				               where :tout or d.region_code in (:regions))
				   and exists (select 1 from tiers_lieu t join departement d on d.code = t.departement_code
				               where :tout or d.region_code in (:regions)),
				       exists (select 1 from vague v where :tout or v.region_code in (:regions)),
				       exists (select 1 from invitation i left join agence a on a.id = i.agence_id
				               left join departement da on da.code = a.departement_code
				               left join tiers_lieu t on t.id = i.tiers_lieu_id
				               left join departement dt on dt.code = t.departement_code
				               where :tout or coalesce(i.region_code, da.region_code, dt.region_code) in (:regions))
				    or exists (select 1 from rattachement r join utilisateur u on u.id = r.utilisateur_id
				               left join agence a on a.id = r.agence_id
				               left join departement da on da.code = a.departement_code
				               left join tiers_lieu t on t.id = r.tiers_lieu_id
				               left join departement dt on dt.code = t.departement_code
				               where u.identifiant <> :moi
				                 and (:tout or coalesce(r.region_code, da.region_code, dt.region_code) in (:regions))),
				       exists (select 1 from binome b join vague v on v.id = b.vague_id
				               where :tout or v.region_code in (:regions))""")
			.param("tout", qui.voitTout())
			.param("regions", qui.regionsOuAucune())
			.param("moi", qui.identifiant())
			.query((rs, n) -> new Etapes(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
			.single();
	}

	/**
	 * @param referentiels agences and tiers-lieux imported
	 * @param vague a vague opened
	 * @param invitations somebody invited, or already a member of a structure
	 * @param binome a binôme formed
	 */
	public record Etapes(boolean referentiels, boolean vague, boolean invitations, boolean binome) {

		public boolean toutesFaites() {
			return referentiels && vague && invitations && binome;
		}

	}

}
