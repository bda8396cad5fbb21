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

/**
 * Computes the dashboard from the records in two SQL statements, whatever the number of
 * parcours: PostgreSQL's grouping sets give the totals and both breakdowns at once.
 * People are counted on the participation table (one row per person and parcours
 * followed, kept by the presence feature), not on the ten million lines of the sign-in
 * sheets.
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
			    join binome b on b.id = p.binome_id
			    join vague v on v.id = b.vague_id
			    join tiers_lieu tl on tl.id = b.tiers_lieu_id
			    join departement d on d.code = tl.departement_code
			    where :tout or tl.id in (:tiersLieux) or b.agence_id in (:agences) or v.region_code in (:regions)
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
			left join (select parcours_id, count(*) as ateliers, sum(duree_minutes) as minutes
			           from atelier group by parcours_id) at on at.parcours_id = pe.parcours_id
			""" + GROUPES;

	private static final String BENEFICIAIRES = PARCOURS_DU_PERIMETRE + """
			select pe.typologie, pe.departement_code, pe.departement_nom,
			       count(distinct pa.beneficiaire_id) as beneficiaires
			from perimetre pe
			join participation pa on pa.parcours_id = pe.parcours_id
			""" + GROUPES;

	private final JdbcClient jdbc;

	IndicateursService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TableauDeBord tableauDeBord(Perimetre perimetre) {
		Map<Groupe, Indicateurs> indicateurs = new HashMap<>();
		requete(PARCOURS_ATELIERS_HEURES, perimetre).query((rs, i) -> {
			indicateurs.put(Groupe.de(rs), new Indicateurs(0, rs.getLong("ateliers"), rs.getLong("minutes"),
					rs.getLong("parcours"), rs.getLong("tiers_lieux"), rs.getLong("departements")));
			return null;
		}).list();
		requete(BENEFICIAIRES, perimetre).query((rs, i) -> {
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

	private JdbcClient.StatementSpec requete(String sql, Perimetre perimetre) {
		return jdbc.sql(sql)
			.param("tout", perimetre.voitTout())
			.param("tiersLieux", perimetre.tiersLieuxOuAucun())
			.param("agences", perimetre.agencesOuAucune())
			.param("regions", perimetre.regionsOuAucune());
	}

	private enum Dimension {

		TOUT, TYPOLOGIE, DEPARTEMENT

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
