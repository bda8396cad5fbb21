package fr.tierslieux.inclusion.pilotage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.administration.Parametre;
import fr.tierslieux.inclusion.administration.Parametres;
import fr.tierslieux.inclusion.commun.ChiffresGardes;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;
import fr.tierslieux.inclusion.pilotage.Pilotage.Assiduite;
import fr.tierslieux.inclusion.pilotage.Pilotage.BinomeAVoir;
import fr.tierslieux.inclusion.pilotage.Pilotage.Entonnoir;
import fr.tierslieux.inclusion.pilotage.Pilotage.Motif;
import fr.tierslieux.inclusion.pilotage.Pilotage.Sorties;
import fr.tierslieux.inclusion.pilotage.Pilotage.Tendance;
import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.progression.Situation;

/**
 * The cockpit of a coordination, a direction or the admins: every figure computed from
 * the records of the parcours in the reader's scope and under the filters, read from the
 * tables the database keeps per parcours ({@code bilan_parcours},
 * {@code evaluation_parcours}) rather than from the sign-in sheets. Filters are added to
 * the SQL only when set, so that PostgreSQL plans each combination for what it is.
 */
@Service
@Transactional(readOnly = true)
public class Cockpit {

	/**
	 * The breakdowns computed at once: per typologie, per vague, per département, all.
	 */
	private static final String ENSEMBLES = """
			group by grouping sets ((pc.typologie), (pc.vague_id), (pc.departement_code), ())""";

	/** How long figures are kept before they are computed again (the page says when). */
	public static final Duration FRAICHEUR = Duration.ofMinutes(2);

	/** The reasons shown per kind of refusal, abandon or waiting list. */
	static final int MOTIFS_PAR_STATUT = 5;

	/** The binômes listed as needing attention; the others are counted. */
	static final int BINOMES_LISTES = 50;

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcClient sql;

	private final Clock horloge;

	private final Parametres parametres;

	private final ChiffresGardes<Cle, Pilotage> gardes;

	Cockpit(JdbcClient sql, Clock horloge, Parametres parametres) {
		this.sql = sql;
		this.horloge = horloge;
		this.parametres = parametres;
		this.gardes = new ChiffresGardes<>(FRAICHEUR, horloge, 1_000);
	}

	/** Set on the platform's settings page. */
	public int joursSansActivite() {
		return (int) parametres.valeur(Parametre.COCKPIT_JOURS_SANS_ACTIVITE);
	}

	/**
	 * The cockpit of a perimeter under filters, computed at most once per
	 * {@link #FRAICHEUR}: a région's coordination and directions share their figures.
	 */
	public Pilotage pilotage(Perimetre qui, FiltresDuCockpit filtres) {
		return gardes.lire(new Cle(qui.voitTout(), qui.regions(), qui.agences(), qui.tiersLieux(), filtres),
				() -> calculer(qui, filtres));
	}

	private Pilotage calculer(Perimetre qui, FiltresDuCockpit filtres) {
		String parcours = "with pc as (" + parcoursRetenus(filtres) + ") ";
		Map<String, Indicateurs> indicateurs = new HashMap<>();
		Map<String, Assiduite> assiduites = new HashMap<>();
		Map<String, String> noms = new HashMap<>();
		lier(sql.sql(parcours + """
				select pc.typologie, pc.vague_id, pc.departement_code,
				       grouping(pc.typologie, pc.vague_id, pc.departement_code) as ensemble,
				       min(pc.vague) as vague, min(pc.departement_nom) as departement_nom,
				       count(*) as parcours, count(distinct pc.tiers_lieu_id) as tiers_lieux,
				       count(distinct pc.departement_code) as departements,
				       coalesce(sum(bp.ateliers), 0) as ateliers, coalesce(sum(bp.minutes), 0) as minutes,
				       coalesce(sum(ep.emargements), 0) as emargements, coalesce(sum(ep.presents), 0) as presents
				from pc left join bilan_parcours bp on bp.parcours_id = pc.id
				left join evaluation_parcours ep on ep.parcours_id = pc.id
				""" + ENSEMBLES), qui, filtres).query((rs, n) -> {
			String cle = cle(rs);
			noms.put(cle, cle.startsWith("V:") ? rs.getString("vague") : rs.getString("departement_nom"));
			indicateurs.put(cle, new Indicateurs(0, rs.getLong("ateliers"), rs.getLong("minutes"),
					rs.getLong("parcours"), rs.getLong("tiers_lieux"), rs.getLong("departements")));
			return assiduites.put(cle, new Assiduite(rs.getLong("emargements"), rs.getLong("presents")));
		}).list();
		String portee = filtres.aucun() ? IndicateursService.porteeComptee(qui) : null;
		if (portee != null) {
			// the country or one région, unfiltered: the people the database counts as it
			// goes
			sql.sql("select dimension, cle, nombre from compteur_beneficiaires where portee = :portee")
				.param("portee", portee)
				.query((rs, n) -> {
					long personnes = rs.getLong("nombre");
					String cle = switch (rs.getString("dimension")) {
						case "TYPOLOGIE" -> "T:" + rs.getString("cle");
						case "DEPARTEMENT" -> "D:" + rs.getString("cle");
						case "VAGUE" -> "V:" + rs.getString("cle");
						default -> "*";
					};
					return indicateurs.computeIfPresent(cle, (c, i) -> i.avecBeneficiaires(personnes));
				})
				.list();
		}
		else {
			lier(sql.sql(parcours + """
					select pc.typologie, pc.vague_id, pc.departement_code,
					       grouping(pc.typologie, pc.vague_id, pc.departement_code) as ensemble,
					       count(distinct pa.beneficiaire_id) as personnes
					from pc join participation pa on pa.parcours_id = pc.id
					""" + ENSEMBLES), qui, filtres).query((rs, n) -> {
				long personnes = rs.getLong("personnes");
				return indicateurs.computeIfPresent(cle(rs), (c, i) -> i.avecBeneficiaires(personnes));
			}).list();
		}

		List<Repartition> parTypologie = new ArrayList<>();
		List<Repartition> parDepartement = new ArrayList<>();
		List<Tendance> parVague = new ArrayList<>();
		indicateurs.forEach((cle, valeur) -> {
			if (cle.startsWith("T:")) {
				parTypologie.add(new Repartition(cle.substring(2), null, valeur));
			}
			else if (cle.startsWith("D:")) {
				parDepartement.add(new Repartition(cle.substring(2), noms.get(cle), valeur));
			}
			else if (cle.startsWith("V:")) {
				long vague = Long.parseLong(cle.substring(2));
				parVague.add(new Tendance(vague, noms.get(cle), valeur, assiduites.get(cle)));
			}
		});
		parTypologie.sort(Comparator.comparing(Repartition::cle));
		parDepartement.sort(Comparator.comparing(Repartition::cle));
		parVague.sort(Comparator.comparing(Tendance::vague));

		Map<String, Long> parPhase = new LinkedHashMap<>();
		List<BinomeAVoir> aVoir = binomes(qui, filtres, parPhase);
		return new Pilotage(indicateurs.getOrDefault("*", Indicateurs.AUCUN),
				assiduites.getOrDefault("*", new Assiduite(0, 0)), parTypologie, parDepartement, parVague,
				entonnoir(qui, filtres, parcours), motifs(qui, filtres, parcours), sorties(qui, filtres, parcours),
				parPhase, aVoir.stream().limit(BINOMES_LISTES).toList(), aVoir.size(), horloge.instant());
	}

	/** What a cockpit depends on: the scope read (not who reads it) and the filters. */
	private record Cle(boolean tout, Set<String> regions, Set<Long> agences, Set<Long> tiersLieux,
			FiltresDuCockpit filtres) {
	}

	/**
	 * What the filters offer: the vagues and départements of the reader's régions, and
	 * the tiers-lieux with a binôme in the chosen département (none before one is chosen:
	 * a country holds thousands).
	 */
	public ChoixDesFiltres choix(Perimetre qui, String departement) {
		List<Choix> vagues = PerimetreSql.lier(sql
			.sql("""
					select v.id, v.nom from vague v where :tout or v.region_code in (:regions) order by v.debut desc, v.id desc"""),
				qui)
			.query((rs, n) -> new Choix(rs.getString(1), rs.getString(2)))
			.list();
		List<Choix> departements = PerimetreSql.lier(sql.sql("""
				select d.code, d.nom from departement d where :tout or d.region_code in (:regions) order by d.code"""),
				qui)
			.query((rs, n) -> new Choix(rs.getString(1), rs.getString(1) + " — " + rs.getString(2)))
			.list();
		List<Choix> tiersLieux = departement == null ? List.of() : PerimetreSql
			.lier(sql.sql("""
					select distinct tl.id, tl.nom from binome bi join vague v on v.id = bi.vague_id
					join tiers_lieu tl on tl.id = bi.tiers_lieu_id
					where tl.departement_code = :departement and """ + PerimetreSql.BINOME + " order by tl.nom, tl.id"),
					qui)
			.param("departement", departement)
			.query((rs, n) -> new Choix(rs.getString(1), rs.getString(2)))
			.list();
		return new ChoixDesFiltres(vagues, departements, tiersLieux);
	}

	/** The options of the cockpit's filters. */
	public record ChoixDesFiltres(List<Choix> vagues, List<Choix> departements, List<Choix> tiersLieux) {
	}

	/** An option: its value in the URL and its label. */
	public record Choix(String valeur, String libelle) {
	}

	private Entonnoir entonnoir(Perimetre qui, FiltresDuCockpit filtres, String parcours) {
		Map<OrientationStatut, Long> parStatut = new EnumMap<>(OrientationStatut.class);
		long[] abandonsEnParcours = { 0 };
		lier(sql.sql(
				parcours + """
						select o.statut, count(*) as nombre,
						       count(*) filter (where o.statut = 'ABANDON' and exists (
						           select 1 from orientation_transition t where t.orientation_id = o.id and t.vers = 'EN_PARCOURS'))
						           as en_parcours
						from pc join orientation o on o.parcours_id = pc.id group by o.statut"""),
				qui, filtres)
			.query((rs, n) -> {
				abandonsEnParcours[0] += rs.getLong("en_parcours");
				return parStatut.put(OrientationStatut.valueOf(rs.getString("statut")), rs.getLong("nombre"));
			})
			.list();
		return new Entonnoir(parStatut, abandonsEnParcours[0]);
	}

	/**
	 * The reasons of the referrals that stand refused, abandoned or waiting: the one
	 * given when they reached that status.
	 */
	private List<Motif> motifs(Perimetre qui, FiltresDuCockpit filtres, String parcours) {
		List<Motif> tous = lier(sql.sql(parcours + """
				select o.statut, nullif(btrim(t.motif), '') as motif, count(*) as nombre
				from pc join orientation o on o.parcours_id = pc.id
				join orientation_transition t on t.orientation_id = o.id and t.vers = o.statut
				where o.statut in ('REFUSEE', 'ABANDON', 'EN_LISTE_ATTENTE')
				  and t.vers in ('REFUSEE', 'ABANDON', 'EN_LISTE_ATTENTE')
				group by o.statut, nullif(btrim(t.motif), '') order by o.statut, count(*) desc, 2"""), qui, filtres)
			.query((rs, n) -> new Motif(OrientationStatut.valueOf(rs.getString("statut")), rs.getString("motif"),
					rs.getLong("nombre")))
			.list();
		Map<OrientationStatut, Integer> vus = new EnumMap<>(OrientationStatut.class);
		return tous.stream().filter(m -> vus.merge(m.statut(), 1, Integer::sum) <= MOTIFS_PAR_STATUT).toList();
	}

	private Map<Echeance, Sorties> sorties(Perimetre qui, FiltresDuCockpit filtres, String parcours) {
		Map<Echeance, Sorties> sorties = new EnumMap<>(Echeance.class);
		lier(sql.sql(
				parcours + """
						select s.echeance, count(*) as relevees, count(*) filter (where s.situation in (:dynamiques)) as dynamiques
						from pc join orientation o on o.parcours_id = pc.id join situation_sortie s on s.orientation_id = o.id
						where s.echeance in ('M3', 'M6') group by s.echeance"""),
				qui, filtres)
			.param("dynamiques", Situation.DYNAMIQUES.stream().map(Enum::name).toList())
			.query((rs, n) -> sorties.put(Echeance.valueOf(rs.getString("echeance")),
					new Sorties(rs.getLong("relevees"), rs.getLong("dynamiques"))))
			.list();
		return sorties;
	}

	/**
	 * Counts the binômes in scope per phase and returns those that need attention, the
	 * longest silent first: no activity for the configured days, a phase held longer than
	 * allowed (T2: its parcours all ended a month ago), or a running parcours with seats
	 * left.
	 */
	private List<BinomeAVoir> binomes(Perimetre qui, FiltresDuCockpit filtres, Map<String, Long> parPhase) {
		Instant maintenant = horloge.instant();
		LocalDate aujourdhui = LocalDate.ofInstant(maintenant, PARIS);
		long joursSansActivite = parametres.valeur(Parametre.COCKPIT_JOURS_SANS_ACTIVITE);
		long joursParPhase = parametres.valeur(Parametre.COCKPIT_JOURS_PAR_PHASE);
		List<BinomeAVoir> aVoir = new ArrayList<>();
		StringBuilder where = new StringBuilder(PerimetreSql.BINOME);
		if (filtres.vague() != null) {
			where.append(" and bi.vague_id = :vague");
		}
		if (filtres.departement() != null) {
			where.append(" and tl.departement_code = :departement");
		}
		if (filtres.tiersLieu() != null) {
			where.append(" and bi.tiers_lieu_id = :tiersLieu");
		}
		lier(sql
			.sql("""
					select b.*, greatest(b.phase_depuis, b.dernier_message, b.derniere_seance) as derniere_activite
					from (select bi.id, tl.nom as tiers_lieu, a.nom as agence, v.nom as vague, bi.phase,
					             (select max(t.survenue_le) from binome_transition t where t.binome_id = bi.id) as phase_depuis,
					             (select max(m.envoye_le) from message_navette m where m.binome_id = bi.id) as dernier_message,
					             (select max(at.date_atelier)::timestamptz from atelier at join parcours p on p.id = at.parcours_id
					              where p.binome_id = bi.id and at.date_atelier <= :aujourdhui) as derniere_seance,
					             (select max(p.date_fin) from parcours p where p.binome_id = bi.id) as fin_des_parcours,
					             (select count(*) from parcours p where p.binome_id = bi.id and p.date_fin >= :aujourdhui
					                and p.capacite > (select count(*) from orientation o where o.parcours_id = p.id
					                                  and o.statut in ('ACCEPTEE', 'EN_PARCOURS'))) as parcours_avec_places
					      from binome bi join vague v on v.id = bi.vague_id join tiers_lieu tl on tl.id = bi.tiers_lieu_id
					      join agence a on a.id = bi.agence_id
					      where """
					+ where + ") b"),
				qui, filtres)
			.param("aujourdhui", java.sql.Date.valueOf(aujourdhui))
			.query((rs, n) -> {
				String phase = rs.getString("phase");
				parPhase.merge(phase, 1L, Long::sum);
				Timestamp activite = rs.getTimestamp("derniere_activite");
				long jours = activite == null ? Long.MAX_VALUE
						: Duration.between(activite.toInstant(), maintenant).toDays();
				Timestamp depuis = rs.getTimestamp("phase_depuis");
				LocalDate finDesParcours = rs.getObject("fin_des_parcours", LocalDate.class);
				boolean enRetard = switch (phase) {
					case "T2" ->
						finDesParcours != null && finDesParcours.plusDays(joursSansActivite).isBefore(aujourdhui);
					case "T4" -> false;
					default ->
						depuis != null && Duration.between(depuis.toInstant(), maintenant).toDays() > joursParPhase;
				};
				boolean inactif = jours > joursSansActivite && !"T4".equals(phase);
				long avecPlaces = rs.getLong("parcours_avec_places");
				if (inactif || enRetard || avecPlaces > 0) {
					aVoir.add(new BinomeAVoir(rs.getLong("id"), rs.getString("tiers_lieu"), rs.getString("agence"),
							rs.getString("vague"), phase, jours, inactif, enRetard, avecPlaces));
				}
				return null;
			})
			.list();
		aVoir.sort(Comparator.comparingLong(BinomeAVoir::joursSansActivite).reversed().thenComparing(BinomeAVoir::id));
		return aVoir;
	}

	/**
	 * The parcours in scope under the filters, with what the breakdowns group them by.
	 */
	private static String parcoursRetenus(FiltresDuCockpit filtres) {
		StringBuilder sql = new StringBuilder("""
				select p.id, p.typologie, bi.vague_id, v.nom as vague, bi.id as binome_id, bi.tiers_lieu_id,
				       tl.departement_code, d.nom as departement_nom
				from parcours p join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
				join tiers_lieu tl on tl.id = bi.tiers_lieu_id join departement d on d.code = tl.departement_code
				where """).append(PerimetreSql.BINOME);
		if (filtres.vague() != null) {
			sql.append(" and bi.vague_id = :vague");
		}
		if (filtres.du() != null) {
			sql.append(" and p.date_fin >= :du");
		}
		if (filtres.au() != null) {
			sql.append(" and p.date_debut <= :au");
		}
		if (filtres.departement() != null) {
			sql.append(" and tl.departement_code = :departement");
		}
		if (filtres.typologie() != null) {
			sql.append(" and p.typologie = :typologie");
		}
		if (filtres.tiersLieu() != null) {
			sql.append(" and bi.tiers_lieu_id = :tiersLieu");
		}
		return sql.toString();
	}

	/**
	 * Binds the perimeter and the filters that are set (unused parameters are ignored).
	 */
	private static JdbcClient.StatementSpec lier(JdbcClient.StatementSpec requete, Perimetre qui,
			FiltresDuCockpit filtres) {
		JdbcClient.StatementSpec liee = PerimetreSql.lier(requete, qui);
		if (filtres.vague() != null) {
			liee = liee.param("vague", filtres.vague());
		}
		if (filtres.du() != null) {
			liee = liee.param("du", java.sql.Date.valueOf(filtres.du()));
		}
		if (filtres.au() != null) {
			liee = liee.param("au", java.sql.Date.valueOf(filtres.au()));
		}
		if (filtres.departement() != null) {
			liee = liee.param("departement", filtres.departement());
		}
		if (filtres.typologie() != null) {
			liee = liee.param("typologie", filtres.typologie().name());
		}
		if (filtres.tiersLieu() != null) {
			liee = liee.param("tiersLieu", filtres.tiersLieu());
		}
		return liee;
	}

	/**
	 * The key of a row of {@link #ENSEMBLES}: {@code T:<typologie>}, {@code V:<vague>},
	 * {@code D:<département>} or {@code *}, told apart by
	 * {@code grouping(typologie, vague, département)}.
	 */
	private static String cle(ResultSet rs) throws SQLException {
		return switch (rs.getInt("ensemble")) {
			case 0b011 -> "T:" + rs.getString("typologie");
			case 0b101 -> "V:" + rs.getString("vague_id");
			case 0b110 -> "D:" + rs.getString("departement_code");
			default -> "*";
		};
	}

}
