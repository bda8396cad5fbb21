package fr.tierslieux.inclusion.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.budget.BilanBudgetaire.ConventionMobilisee;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Entete;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Financeur;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Ligne;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.parcours.FormatParcours;

/**
 * Builds budget reports from the records, in a handful of statements whatever the size of
 * the vague: PostgreSQL's grouping sets give the total and the three breakdowns at once,
 * the hours come from {@code bilan_parcours} and the people from {@code participation}.
 */
@Service
@Transactional(readOnly = true)
public class BilansBudgetaires {

	/** The binômes of the vague, narrowed to a département when one is asked. */
	private static final String BINOMES_RETENUS = """
			from binome bi join tiers_lieu tl on tl.id = bi.tiers_lieu_id
			join departement d on d.code = tl.departement_code
			where bi.vague_id = :vague and (cast(:departement as varchar) is null or d.code = :departement)""";

	private static final String ENSEMBLES = """
			group by grouping sets ((poste), (tiers_lieu_id, tiers_lieu, departement_code, departement_nom),
			                        (departement_code, departement_nom), ())""";

	/**
	 * One line per parcours (its format's tariff, its hours) and one per binôme (its
	 * engineering), each with what was committed and paid on it.
	 */
	private static final String MONTANTS = """
			with lignes as (
			    select bi.id as binome_id, p.id as parcours_id, tl.id as tiers_lieu_id, tl.nom as tiers_lieu,
			           d.code as departement_code, d.nom as departement_nom, p.format as poste,
			           coalesce(t.montant, 0) as prevu, coalesce(bp.minutes, 0) as minutes
			    """ + BINOMES_RETENUS.replace("where", """
			join parcours p on p.binome_id = bi.id
			left join tarif_vague t on t.vague_id = bi.vague_id and t.format = p.format
			left join bilan_parcours bp on bp.parcours_id = p.id
			where""") + """
			union all
			select bi.id, null, tl.id, tl.nom, d.code, d.nom, 'INGENIERIE', v.ingenierie_binome, 0
			""" + BINOMES_RETENUS.replace("where", "join vague v on v.id = bi.vague_id where")
			+ """
					), engage as (
					    select e.binome_id, e.parcours_id, sum(e.montant) as engage, sum(pa.paye) as paye
					    from engagement e join binome bi on bi.id = e.binome_id
					    cross join lateral (select coalesce(sum(montant), 0) as paye from paiement where engagement_id = e.id) pa
					    where bi.vague_id = :vague
					    group by e.binome_id, e.parcours_id
					)
					select poste, tiers_lieu_id, tiers_lieu, departement_code, departement_nom,
					       grouping(poste, tiers_lieu_id, departement_code) as ensemble,
					       sum(prevu) as prevu, coalesce(sum(engage), 0) as engage, coalesce(sum(paye), 0) as paye,
					       sum(minutes) as minutes
					from lignes l left join engage e on e.binome_id = l.binome_id and e.parcours_id is not distinct from l.parcours_id
					"""
			+ ENSEMBLES;

	/** Distinct people who attended, per set: not additive across parcours. */
	private static final String PERSONNES = """
			select p.format as poste, tl.id as tiers_lieu_id, tl.nom as tiers_lieu, d.code as departement_code,
			       d.nom as departement_nom, grouping(p.format, tl.id, d.code) as ensemble,
			       count(distinct pa.beneficiaire_id) as personnes
			""" + BINOMES_RETENUS.replace("where", """
			join parcours p on p.binome_id = bi.id join participation pa on pa.parcours_id = p.id
			where""")
			+ ENSEMBLES.replace("(poste)", "(p.format)")
				.replace("tiers_lieu_id, tiers_lieu, departement_code, departement_nom),",
						"tl.id, tl.nom, d.code, d.nom),")
				.replace("(departement_code, departement_nom)", "(d.code, d.nom)");

	/** Bits of {@code grouping(poste, tiers-lieu, département)} for each set. */
	private static final int PAR_POSTE = 0b011;

	private static final int PAR_TIERS_LIEU = 0b100;

	private static final int PAR_DEPARTEMENT = 0b110;

	private static final int TOUT = 0b111;

	private final JdbcClient sql;

	private final BaremeDesVagues baremes;

	private final Clock horloge;

	private final BilansGardes gardes;

	BilansBudgetaires(JdbcClient sql, BaremeDesVagues baremes, Clock horloge, BilansGardes gardes) {
		this.sql = sql;
		this.baremes = baremes;
		this.horloge = horloge;
		this.gardes = gardes;
	}

	/**
	 * The report of a vague the reader reads (404 otherwise).
	 * @param departement a département's code to narrow it to, or null
	 */
	public BilanBudgetaire bilan(Perimetre qui, long vagueId, String departement) {
		baremes.regionLisible(qui, vagueId);
		return gardes.lire(vagueId, departement, () -> calculer(vagueId, departement));
	}

	private BilanBudgetaire calculer(long vagueId, String departement) {
		Entete entete = sql.sql("""
				select v.id, v.nom, r.nom as region, v.debut, v.fin, v.enveloppe_budget, v.ingenierie_binome,
				       (select max(numero) from bareme_vague b where b.vague_id = v.id) as bareme,
				       (select nom from departement where code = :departement) as departement_nom,
				       (select count(*) """ + BINOMES_RETENUS + """
				) as binomes
				from vague v join region r on r.code = v.region_code where v.id = :vague""")
			.param("vague", vagueId)
			.param("departement", departement)
			.query((rs, n) -> new Entete(rs.getLong("id"), rs.getString("nom"), rs.getString("region"),
					rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class), departement,
					rs.getString("departement_nom"), rs.getInt("bareme"), rs.getBigDecimal("enveloppe_budget"),
					rs.getBigDecimal("ingenierie_binome"), rs.getLong("binomes")))
			.single();
		Map<Cle, Ligne> lignes = new HashMap<>();
		sql.sql(MONTANTS)
			.param("vague", vagueId)
			.param("departement", departement)
			.query((rs, n) -> lignes.put(cle(rs),
					new Ligne(valeur(rs), libelle(rs), rs.getString("departement_code"), montant(rs, "prevu"),
							montant(rs, "engage"), montant(rs, "paye"), rs.getLong("minutes"), 0)))
			.list();
		sql.sql(PERSONNES).param("vague", vagueId).param("departement", departement).query((rs, n) -> {
			long personnes = rs.getLong("personnes");
			return lignes.computeIfPresent(cle(rs), (cle, l) -> new Ligne(l.cle(), l.libelle(), l.departement(),
					l.prevu(), l.engage(), l.paye(), l.minutes(), personnes));
		}).list();
		List<Ligne> parPoste = new ArrayList<>();
		List<Ligne> parTiersLieu = new ArrayList<>();
		List<Ligne> parDepartement = new ArrayList<>();
		Ligne total = new Ligne("", null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
		for (Map.Entry<Cle, Ligne> entree : lignes.entrySet()) {
			switch (entree.getKey().ensemble()) {
				case PAR_POSTE -> parPoste.add(entree.getValue());
				case PAR_TIERS_LIEU -> parTiersLieu.add(entree.getValue());
				case PAR_DEPARTEMENT -> parDepartement.add(entree.getValue());
				default -> total = entree.getValue();
			}
		}
		parPoste.sort(Comparator.comparingInt(l -> ordreDuPoste(l.cle())));
		parTiersLieu.sort(Comparator.comparing(Ligne::libelle).thenComparing(Ligne::cle));
		parDepartement.sort(Comparator.comparing(Ligne::cle));
		List<ConventionMobilisee> conventions = conventions(vagueId, departement);
		return new BilanBudgetaire(entete, total, parPoste, parTiersLieu, parDepartement, conventions,
				financeurs(vagueId, departement, conventions), horloge.instant());
	}

	private List<ConventionMobilisee> conventions(long vagueId, String departement) {
		return sql
			.sql("""
					select c.id, c.numero, tl.nom as tiers_lieu, c.type, c.debut, c.fin, c.montant, c.cout_action,
					       sum(e.montant) as engage, sum(pa.paye) as paye
					from engagement e join convention c on c.id = e.convention_id
					cross join lateral (select coalesce(sum(montant), 0) as paye from paiement where engagement_id = e.id) pa
					"""
					+ BINOMES_RETENUS.replace("from binome bi", "join binome bi on bi.id = e.binome_id") + """
							group by c.id, tl.nom order by tl.nom, c.debut, c.id""")
			.param("vague", vagueId)
			.param("departement", departement)
			.query((rs, n) -> new ConventionMobilisee(rs.getLong("id"), rs.getString("numero"),
					rs.getString("tiers_lieu"), TypeConvention.valueOf(rs.getString("type")),
					rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class),
					rs.getBigDecimal("montant"), rs.getBigDecimal("cout_action"), rs.getBigDecimal("engage"),
					rs.getBigDecimal("paye")))
			.list();
	}

	/**
	 * France Travail first (its share of the conventions), then each co-funder by name.
	 */
	private List<Financeur> financeurs(long vagueId, String departement, List<ConventionMobilisee> conventions) {
		List<Financeur> financeurs = new ArrayList<>();
		financeurs.add(new Financeur(null,
				conventions.stream().map(ConventionMobilisee::montant).reduce(BigDecimal.ZERO, BigDecimal::add)));
		if (conventions.isEmpty()) {
			return financeurs;
		}
		financeurs.addAll(sql.sql("""
				select cf.nom, sum(cf.montant) as montant from cofinanceur cf
				where cf.convention_id in (:conventions) group by cf.nom order by cf.nom""")
			.param("conventions", conventions.stream().map(ConventionMobilisee::id).toList())
			.query((rs, n) -> new Financeur(rs.getString("nom"), rs.getBigDecimal("montant")))
			.list());
		return financeurs;
	}

	/**
	 * The vagues whose budget the reader reads, newest first, with their main figures.
	 */
	public List<VagueBudgetee> vagues(Perimetre qui) {
		return LecteursDuBudget.lier(sql.sql("""
				select v.id, v.nom, r.nom as region, v.debut, v.fin, v.enveloppe_budget,
				       (select count(*) from binome bi where bi.vague_id = v.id) as binomes,
				       (select coalesce(sum(e.montant), 0) from engagement e join binome bi on bi.id = e.binome_id
				        where bi.vague_id = v.id) as engage,
				       (select coalesce(sum(p.montant), 0) from paiement p join engagement e on e.id = p.engagement_id
				        join binome bi on bi.id = e.binome_id where bi.vague_id = v.id) as paye
				from vague v join region r on r.code = v.region_code
				where """ + LecteursDuBudget.REGION_LISIBLE.replace("region_code", "v.region_code") + """
				order by v.debut desc, v.id desc"""), qui)
			.query((rs, n) -> new VagueBudgetee(rs.getLong("id"), rs.getString("nom"), rs.getString("region"),
					rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class),
					rs.getBigDecimal("enveloppe_budget"), rs.getLong("binomes"), rs.getBigDecimal("engage"),
					rs.getBigDecimal("paye")))
			.list();
	}

	/** The départements of the vague's tiers-lieux, for the report's filter. */
	public List<DepartementDeLaVague> departements(Perimetre qui, long vagueId) {
		baremes.regionLisible(qui, vagueId);
		return sql.sql("""
				select distinct d.code, d.nom from binome bi join tiers_lieu tl on tl.id = bi.tiers_lieu_id
				join departement d on d.code = tl.departement_code where bi.vague_id = :vague order by d.code""")
			.param("vague", vagueId)
			.query((rs, n) -> new DepartementDeLaVague(rs.getString("code"), rs.getString("nom")))
			.list();
	}

	private static Cle cle(ResultSet rs) throws SQLException {
		return new Cle(rs.getInt("ensemble"), valeur(rs));
	}

	/** A line of the result: its grouping set and its key in that set. */
	private record Cle(int ensemble, String valeur) {
	}

	private static String valeur(ResultSet rs) throws SQLException {
		return switch (rs.getInt("ensemble")) {
			case PAR_POSTE -> rs.getString("poste");
			case PAR_TIERS_LIEU -> rs.getString("tiers_lieu_id");
			case PAR_DEPARTEMENT -> rs.getString("departement_code");
			default -> "";
		};
	}

	private static String libelle(ResultSet rs) throws SQLException {
		return switch (rs.getInt("ensemble")) {
			case PAR_TIERS_LIEU -> rs.getString("tiers_lieu");
			case PAR_DEPARTEMENT -> rs.getString("departement_nom");
			default -> null;
		};
	}

	private static int ordreDuPoste(String poste) {
		return BilanBudgetaire.INGENIERIE.equals(poste) ? FormatParcours.values().length
				: FormatParcours.valueOf(poste).ordinal();
	}

	/** A vague in the budget index. */
	public record VagueBudgetee(long id, String nom, String region, LocalDate debut, LocalDate fin,
			BigDecimal enveloppe, long binomes, BigDecimal engage, BigDecimal paye) {
	}

	/** A département of the vague. */
	public record DepartementDeLaVague(String code, String nom) {
	}

	/**
	 * A sum, zero when there is nothing to add up: a département where the vague has no
	 * tiers-lieu still has its total line (the empty grouping set), with null sums.
	 */
	private static BigDecimal montant(ResultSet rs, String colonne) throws SQLException {
		BigDecimal montant = rs.getBigDecimal(colonne);
		return montant == null ? BigDecimal.ZERO : montant;
	}

}
