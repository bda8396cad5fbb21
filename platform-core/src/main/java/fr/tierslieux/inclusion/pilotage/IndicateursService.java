package fr.tierslieux.inclusion.pilotage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;

/**
 * Computes the dashboard from the records in two SQL statements, whatever the number of
 * parcours: PostgreSQL's grouping sets give the totals and both breakdowns at once.
 * People are counted on the participation table (one row per person and parcours
 * followed, kept by the presence feature), not on the ten million lines of the sign-in
 * sheets; for the country and a région, on the counters the database keeps from it
 * ({@code compteur_beneficiaires}), and the ateliers on {@code bilan_parcours} (V6).
 */
@Service
@Transactional(readOnly = true)
public class IndicateursService {

	/**
	 * The parcours in scope, with the typologie and département they are counted under.
	 */
	private static final String PARCOURS_DU_PERIMETRE = """
			with perimetre as (
			    select p.id as parcours_id, p.typologie, tl.id as tiers_lieu_id,
			           d.code as departement_code, d.nom as departement_nom
			    from parcours p
			    join binome bi on bi.id = p.binome_id
			    join vague v on v.id = bi.vague_id
			    join tiers_lieu tl on tl.id = bi.tiers_lieu_id
			    join departement d on d.code = tl.departement_code
			    where\s""" + PerimetreSql.BINOME + """
			)
			""";

	private static final String GROUPES = """
			group by grouping sets ((pe.typologie), (pe.departement_code, pe.departement_nom), ())
			""";

	private static final String PARCOURS_ATELIERS_HEURES = PARCOURS_DU_PERIMETRE + """
			select pe.typologie, pe.departement_code, pe.departement_nom,
			       count(*) as parcours,
			       count(distinct pe.tiers_lieu_id) as tiers_lieux,
			       count(distinct pe.departement_code) as departements,
			       coalesce(sum(at.ateliers), 0) as ateliers,
			       coalesce(sum(at.minutes), 0) as minutes
			from perimetre pe
			left join bilan_parcours at on at.parcours_id = pe.parcours_id
			""" + GROUPES;

	private static final String BENEFICIAIRES = PARCOURS_DU_PERIMETRE + """
			select pe.typologie, pe.departement_code, pe.departement_nom,
			       count(distinct pa.beneficiaire_id) as beneficiaires
			from perimetre pe
			join participation pa on pa.parcours_id = pe.parcours_id
			""" + GROUPES;

	/**
	 * The same figures, kept by the database per tiers-lieu at each parcours or atelier
	 * written: for the whole country, or one région.
	 */
	private static final String PARCOURS_ATELIERS_HEURES_TENUS = """
			select case when g.dimension = 'TYPOLOGIE' then g.cle end as typologie,
			       case when g.dimension = 'DEPARTEMENT' then g.cle end as departement_code,
			       d.nom as departement_nom,
			       sum(g.parcours) as parcours,
			       count(*) as tiers_lieux,
			       count(distinct tl.departement_code) as departements,
			       sum(g.ateliers) as ateliers,
			       sum(g.minutes) as minutes
			from bilan_groupe g join tiers_lieu tl on tl.id = g.tiers_lieu_id
			left join departement d on g.dimension = 'DEPARTEMENT' and d.code = g.cle
			where g.portee = :portee and g.dimension <> 'VAGUE'
			group by g.dimension, g.cle, d.nom
			""";

	/**
	 * The people, kept by the database at each participation (exact, and read in a few
	 * rows): for the whole country, or one région.
	 */
	private static final String BENEFICIAIRES_COMPTES = """
			select case when c.dimension = 'TYPOLOGIE' then c.cle end as typologie,
			       case when c.dimension = 'DEPARTEMENT' then c.cle end as departement_code,
			       d.nom as departement_nom, c.nombre as beneficiaires
			from compteur_beneficiaires c
			left join departement d on c.dimension = 'DEPARTEMENT' and d.code = c.cle
			where c.portee = :portee and c.dimension <> 'VAGUE'
			""";

	private final JdbcClient jdbc;

	IndicateursService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TableauDeBord tableauDeBord(Perimetre perimetre) {
		Map<Groupe, Indicateurs> indicateurs = new HashMap<>();
		String portee = porteeComptee(perimetre);
		JdbcClient.StatementSpec parcours = portee == null ? requete(PARCOURS_ATELIERS_HEURES, perimetre)
				: jdbc.sql(PARCOURS_ATELIERS_HEURES_TENUS).param("portee", portee);
		parcours.query((rs, i) -> {
			indicateurs.put(Groupe.de(rs), new Indicateurs(0, rs.getLong("ateliers"), rs.getLong("minutes"),
					rs.getLong("parcours"), rs.getLong("tiers_lieux"), rs.getLong("departements")));
			return null;
		}).list();
		JdbcClient.StatementSpec beneficiaires = portee == null ? requete(BENEFICIAIRES, perimetre)
				: jdbc.sql(BENEFICIAIRES_COMPTES).param("portee", portee);
		beneficiaires.query((rs, i) -> {
			Groupe groupe = Groupe.de(rs);
			long nombre = rs.getLong("beneficiaires");
			indicateurs.computeIfPresent(groupe, (g, ind) -> ind.avecBeneficiaires(nombre));
			return null;
		}).list();

		Indicateurs totaux = Indicateurs.AUCUN;
		List<Repartition> parTypologie = new ArrayList<>();
		List<Repartition> parDepartement = new ArrayList<>();
		for (Map.Entry<Groupe, Indicateurs> entry : indicateurs.entrySet()) {
			Groupe groupe = entry.getKey();
			switch (groupe.dimension()) {
				case TOUT -> totaux = entry.getValue();
				case TYPOLOGIE -> parTypologie.add(new Repartition(groupe.cle(), null, entry.getValue()));
				case DEPARTEMENT ->
					parDepartement.add(new Repartition(groupe.cle(), groupe.libelle(), entry.getValue()));
			}
		}
		parTypologie.sort(Comparator.comparing(Repartition::cle));
		parDepartement.sort(Comparator.comparing(Repartition::cle));
		return new TableauDeBord(totaux, parTypologie, parDepartement);
	}

	/**
	 * The counters' scope that is exactly this perimeter, if any: the country for an
	 * admin, a région for a coordination or a direction of one région. Other perimeters
	 * (an agence, a tiers-lieu, several régions, whose people cannot be added up) are
	 * counted from the participations, a small set for the first two.
	 */
	static String porteeComptee(Perimetre perimetre) {
		if (perimetre.voitTout()) {
			return "FR";
		}
		if (perimetre.regions().size() == 1 && perimetre.agences().isEmpty() && perimetre.tiersLieux().isEmpty()) {
			return perimetre.regions().iterator().next();
		}
		return null;
	}

	private JdbcClient.StatementSpec requete(String sql, Perimetre perimetre) {
		return PerimetreSql.lier(jdbc.sql(sql), perimetre);
	}

	/**
	 * The breakdowns of the dashboard; also the values of
	 * {@code compteur_beneficiaires.dimension}.
	 */
	public enum Dimension {

		TOUT, TYPOLOGIE, DEPARTEMENT,
		/** Counted for the cockpit's trend per vague (V33). */
		VAGUE

	}

	/** Which grouping set a row belongs to, told apart by which key is null. */
	private record Groupe(Dimension dimension, String cle, String libelle) {

		static Groupe de(ResultSet rs) throws SQLException {
			String typologie = rs.getString("typologie");
			String departement = rs.getString("departement_code");
			if (typologie != null) {
				return new Groupe(Dimension.TYPOLOGIE, typologie, null);
			}
			if (departement != null) {
				return new Groupe(Dimension.DEPARTEMENT, departement, rs.getString("departement_nom"));
			}
			return new Groupe(Dimension.TOUT, "", null);
		}

	}

}
