package fr.tierslieux.inclusion.binome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * What the coordination chooses from when it forms a binôme: the tiers-lieux it selected
 * for the vague, the agences of the région nearest first (distance in km from the
 * coordinates), the accounts that may be referents on each side.
 */
@Service
@Transactional(readOnly = true)
public class FormationDesBinomes {

	/** How many agences the form suggests as the nearest. */
	static final int PROCHES = 5;

	private final JdbcClient sql;

	FormationDesBinomes(JdbcClient sql) {
		this.sql = sql;
	}

	/** The vague, if the reader coordinates its région. */
	public VagueChoisie vague(Perimetre qui, Long vagueId) {
		return sql.sql("""
				select v.id, v.nom, v.region_code, r.nom as region, v.debut, v.fin from vague v
				join region r on r.code = v.region_code where v.id = :id""")
			.param("id", vagueId)
			.query((rs, n) -> new VagueChoisie(rs.getLong("id"), rs.getString("nom"), rs.getString("region_code"),
					rs.getString("region"), rs.getObject("debut", java.time.LocalDate.class),
					rs.getObject("fin", java.time.LocalDate.class)))
			.optional()
			.filter(v -> qui.coordonne(v.regionCode()))
			.orElseThrow(() -> new IntrouvableException("vague", vagueId));
	}

	/** The tiers-lieux selected for the vague. */
	public List<Choix> tiersLieuxRetenus(Long vagueId) {
		return sql
			.sql("""
					select t.id, t.nom || ' (' || t.commune || ')' from candidature c join tiers_lieu t on t.id = c.tiers_lieu_id
					where c.vague_id = :vague and c.statut = 'RETENUE' order by lower(t.nom), t.id""")
			.param("vague", vagueId)
			.query((rs, n) -> new Choix(rs.getLong(1), rs.getString(2), null))
			.list();
	}

	/**
	 * The local agences of the vague's région, the nearest to the tiers-lieu first, with
	 * their distance; the others by name (distance unknown without coordinates).
	 */
	public AgencesProposees agences(Long vagueId, Long tiersLieuId) {
		List<Choix> agences = sql.sql("""
				select a.id, a.nom || ' (' || a.commune || ')',
				       round(distance_km(t.latitude, t.longitude, a.latitude, a.longitude)::numeric, 1) as distance
				from vague v join departement d on d.region_code = v.region_code
				join agence a on a.departement_code = d.code and a.type = 'AGENCE_LOCALE'
				left join tiers_lieu t on t.id = :tiersLieu
				where v.id = :vague order by distance nulls last, lower(a.nom), a.id""")
			.param("vague", vagueId)
			.param("tiersLieu", tiersLieuId)
			.query((rs, n) -> new Choix(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		int proches = (int) Math.min(PROCHES, agences.stream().filter(a -> a.distanceKm() != null).count());
		return new AgencesProposees(agences.subList(0, proches),
				agences.subList(proches, agences.size())
					.stream()
					.sorted(java.util.Comparator.comparing(Choix::libelle, String.CASE_INSENSITIVE_ORDER))
					.toList());
	}

	/** The conseillers of an agence, who may be its referent. */
	public List<Choix> conseillers(Long agenceId) {
		return comptes("agence_id", agenceId, "CONSEILLER");
	}

	/** The facilitateurs of a tiers-lieu, who may be its referent. */
	public List<Choix> facilitateurs(Long tiersLieuId) {
		return comptes("tiers_lieu_id", tiersLieuId, "FACILITATEUR");
	}

	/**
	 * The possible referents of both sides in one query: the conseillers of the agence,
	 * the facilitateurs of the tiers-lieu.
	 */
	public Map<Cote, List<Choix>> referents(Long agenceId, Long tiersLieuId) {
		Map<Cote, List<Choix>> referents = new EnumMap<>(Cote.class);
		for (Cote cote : Cote.values()) {
			referents.put(cote, new ArrayList<>());
		}
		sql.sql("""
				select 'AGENCE', u.id, u.nom_affiche || ' — ' || u.identifiant as libelle from utilisateur u
				join rattachement r on r.utilisateur_id = u.id where r.agence_id = :agence and u.role = 'CONSEILLER' and u.actif
				union all
				select 'TIERS_LIEU', u.id, u.nom_affiche || ' — ' || u.identifiant from utilisateur u
				join rattachement r on r.utilisateur_id = u.id
				where r.tiers_lieu_id = :tiersLieu and u.role = 'FACILITATEUR' and u.actif
				order by 1, 3, 2""")
			.param("agence", agenceId)
			.param("tiersLieu", tiersLieuId)
			.query((rs, n) -> referents.get(Cote.valueOf(rs.getString(1)))
				.add(new Choix(rs.getLong(2), rs.getString(3), null)))
			.list();
		return referents;
	}

	private List<Choix> comptes(String colonne, Long structure, String role) {
		return sql
			.sql("select u.id, u.nom_affiche || ' — ' || u.identifiant from utilisateur u "
					+ "join rattachement r on r.utilisateur_id = u.id where r." + colonne
					+ " = :structure and u.role = :role and u.actif order by lower(u.nom_affiche), u.id")
			.param("structure", structure)
			.param("role", role)
			.query((rs, n) -> new Choix(rs.getLong(1), rs.getString(2), null))
			.list();
	}

	/**
	 * @param plusProches the nearest agences, nearest first
	 * @param autres the others, by name
	 */
	public record AgencesProposees(List<Choix> plusProches, List<Choix> autres) {

		public boolean contient(Long agenceId) {
			return plusProches.stream().anyMatch(a -> a.id().equals(agenceId))
					|| autres.stream().anyMatch(a -> a.id().equals(agenceId));
		}

	}

	public record VagueChoisie(Long id, String nom, String regionCode, String region, java.time.LocalDate debut,
			java.time.LocalDate fin) {
	}

	/**
	 * @param distanceKm from the tiers-lieu, for an agence; null otherwise or unknown
	 */
	public record Choix(Long id, String libelle, BigDecimal distanceKm) {
	}

}
