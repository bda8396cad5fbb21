package fr.tierslieux.inclusion.restitution;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.ChiffresGardes;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.progression.Situation;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * The restitution of a vague (T4): what its parcours did and what the people in them
 * became, per typologie and per tiers-lieu, from aggregates only; the testimonies kept
 * for it and the notes of its restitution workshop. Read by the vague's coordination, its
 * région's directions and admins; the testimonies and notes written by the coordination.
 */
@Service
@Transactional(readOnly = true)
public class RestitutionDUneVague {

	public static final int NOTES_MAX = 5000;

	private final JdbcClient sql;

	private final Clock clock;

	/**
	 * SQL: the key of a row of
	 * {@code group by grouping sets ((p.typologie), (t.id), ())}: {@code T:<typologie>},
	 * {@code L:<tiers-lieu>} or {@code V} (the vague).
	 */
	private static final String CLE_DE_GROUPE = """
			case when grouping(p.typologie) = 0 then 'T:' || p.typologie
			     when grouping(t.id) = 0 then 'L:' || t.id else 'V' end as cle,""";

	/** How long the figures of a vague are served before they are computed again. */
	static final Duration FRAICHEUR = Duration.ofMinutes(5);

	private final ChiffresGardes<Long, Agregats> gardes;

	RestitutionDUneVague(JdbcClient sql, Clock clock) {
		this.sql = sql;
		this.clock = clock;
		this.gardes = new ChiffresGardes<>(FRAICHEUR, clock, 1_000);
	}

	/** The vagues whose restitution the reader reads, newest first. */
	public List<Vague> vagues(Perimetre qui) {
		if (!qui.voitTout() && qui.role() != Role.COORDINATEUR && qui.role() != Role.PILOTE) {
			return List.of();
		}
		return sql.sql("""
				select id, nom, region_code, debut, fin from vague
				where :tout or region_code in (:regions) order by debut desc, id desc""")
			.param("tout", qui.voitTout())
			.param("regions", qui.regionsOuAucune())
			.query((rs, n) -> new Vague(rs.getLong("id"), rs.getString("nom"), rs.getString("region_code"),
					rs.getDate("debut").toLocalDate(), rs.getDate("fin").toLocalDate(),
					qui.coordonne(rs.getString("region_code"))))
			.list();
	}

	/**
	 * Read from the records of the vague's people (one row per group: the vague, each
	 * typologie, each tiers-lieu), its parcours' sessions held, and the attendance and
	 * criteria each parcours keeps ({@code evaluation_parcours}, V30): a vague of 170,000
	 * referrals is not read person by person.
	 */
	public Restitution restitution(Perimetre qui, Long vagueId) {
		Vague vague = vague(qui, vagueId);
		Agregats agregats = agregats(vagueId);
		return new Restitution(vague, agregats.total(), agregats.parTypologie(), agregats.parTiersLieu(),
				agregats.sorties(), agregats.calculesLe(), temoignages(vagueId, true),
				vague.coordonnee() ? temoignages(vagueId, false) : List.of(), atelier(vagueId));
	}

	/**
	 * The figures, computed at most once per {@link #FRAICHEUR} and vague: a report read
	 * by many at once (a workshop, a direction) would otherwise read the vague's records
	 * for each of them. While one request computes them again, the others get the
	 * previous ones; the page says when they were computed.
	 */
	private Agregats agregats(Long vagueId) {
		return gardes.lire(vagueId, () -> calculer(vagueId));
	}

	private Agregats calculer(Long vagueId) {
		LocalDate aujourdhui = LocalDate.ofInstant(clock.instant(), Fuseau.METROPOLE);
		Map<String, Groupe> groupes = new LinkedHashMap<>();
		sql.sql("select " + CLE_DE_GROUPE + """

				       min(t.nom) as tiers_lieu, count(distinct o.beneficiaire_id) as personnes,
				       count(distinct o.beneficiaire_id) filter (where ba.orientation_id is not null) as badges,
				       count(m3.situation) as sorties_m3,
				       count(*) filter (where m3.situation in (:dynamiques)) as dynamiques_m3,
				       count(m6.situation) as sorties_m6,
				       count(*) filter (where m6.situation in (:dynamiques)) as dynamiques_m6
				from orientation o join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id
				left join situation_sortie m3 on m3.orientation_id = o.id and m3.echeance = 'M3'
				left join situation_sortie m6 on m6.orientation_id = o.id and m6.echeance = 'M6'
				left join (select distinct orientation_id from badge_attribue where revoque_le is null) ba
				  on ba.orientation_id = o.id
				where bi.vague_id = :vague and o.statut in ('EN_PARCOURS', 'TERMINEE', 'ABANDON')
				group by grouping sets ((p.typologie), (t.id), ())""")
			.param("vague", vagueId)
			.param("dynamiques", Situation.DYNAMIQUES.stream().map(Enum::name).toList())
			.query(rs -> {
				Groupe g = groupes.computeIfAbsent(rs.getString("cle"), k -> new Groupe());
				g.tiersLieu = rs.getString("tiers_lieu");
				g.personnes = rs.getLong("personnes");
				g.badges = rs.getLong("badges");
				g.sortiesM3 = rs.getLong("sorties_m3");
				g.dynamiquesM3 = rs.getLong("dynamiques_m3");
				g.sortiesM6 = rs.getLong("sorties_m6");
				g.dynamiquesM6 = rs.getLong("dynamiques_m6");
			});
		sql.sql("select " + CLE_DE_GROUPE + """

				       min(t.nom) as tiers_lieu, coalesce(sum(s.seances), 0) as seances,
				       coalesce(sum(s.minutes), 0) as minutes, coalesce(sum(e.emargements), 0) as emargements,
				       coalesce(sum(e.presents), 0) as presents, coalesce(sum(e.criteres_suivis), 0) as criteres,
				       coalesce(sum(e.criteres_en_progres), 0) as en_progres
				from parcours p join binome bi on bi.id = p.binome_id join tiers_lieu t on t.id = bi.tiers_lieu_id
				left join evaluation_parcours e on e.parcours_id = p.id
				left join lateral (select count(*) as seances, sum(a.duree_minutes) as minutes from atelier a
				  where a.parcours_id = p.id and a.date_atelier <= :aujourdhui and a.annulee_le is null) s on true
				where bi.vague_id = :vague
				group by grouping sets ((p.typologie), (t.id), ())""")
			.param("vague", vagueId)
			.param("aujourdhui", aujourdhui)
			.query(rs -> {
				Groupe g = groupes.computeIfAbsent(rs.getString("cle"), k -> new Groupe());
				g.tiersLieu = rs.getString("tiers_lieu");
				g.seances = rs.getLong("seances");
				g.minutes = rs.getLong("minutes");
				g.emargements = rs.getLong("emargements");
				g.presents = rs.getLong("presents");
				g.criteres = rs.getLong("criteres");
				g.enProgres = rs.getLong("en_progres");
			});
		Map<Echeance, Map<Situation, Long>> sorties = new EnumMap<>(Echeance.class);
		for (Echeance echeance : List.of(Echeance.M3, Echeance.M6)) {
			Map<Situation, Long> comptes = new EnumMap<>(Situation.class);
			Arrays.stream(Situation.values()).forEach(s -> comptes.put(s, 0L));
			sorties.put(echeance, comptes);
		}
		sql.sql("""
				select s.echeance, s.situation, count(*) from situation_sortie s
				join orientation o on o.id = s.orientation_id join parcours p on p.id = o.parcours_id
				join binome bi on bi.id = p.binome_id
				where bi.vague_id = :vague and s.echeance in ('M3', 'M6')
				  and o.statut in ('EN_PARCOURS', 'TERMINEE', 'ABANDON')
				group by s.echeance, s.situation""").param("vague", vagueId).query(rs -> {
			sorties.get(Echeance.valueOf(rs.getString(1))).put(Situation.valueOf(rs.getString(2)), rs.getLong(3));
		});
		sorties.replaceAll((echeance, comptes) -> Secret.repartition(Situation.class, comptes));
		List<Ligne> parTypologie = lignes(groupes, "T:", cle -> cle.substring(2));
		List<Ligne> parTiersLieu = lignes(groupes, "L:", null);
		return new Agregats(groupes.getOrDefault("V", new Groupe()).chiffres(), parTypologie, parTiersLieu, sorties,
				clock.instant());
	}

	/**
	 * @param libelle the line's name from its key, or null for the tiers-lieu's name
	 */
	private static List<Ligne> lignes(Map<String, Groupe> groupes, String prefixe, UnaryOperator<String> libelle) {
		return groupes.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(prefixe))
			.map(e -> new Ligne(libelle == null ? e.getValue().tiersLieu : libelle.apply(e.getKey()),
					e.getValue().chiffres()))
			.sorted(Comparator.comparing(Ligne::libelle))
			.toList();
	}

	/** The testimonies their authors agreed to publish, for the coordination to read. */
	public List<Temoignage> aRelire(Perimetre qui, Long vagueId) {
		coordonnee(qui, vagueId);
		return temoignages(vagueId, false);
	}

	/** The coordination keeps a testimony for the restitution, or takes it back. */
	@Transactional
	public void retenir(Perimetre qui, Long vagueId, Long temoignageId, boolean retenu) {
		coordonnee(qui, vagueId);
		int modifies = sql.sql("""
				update temoignage t set retenu_par = :par, retenu_le = :le, version = t.version + 1
				from orientation o, parcours p, binome bi
				where t.id = :id and o.id = t.orientation_id and p.id = o.parcours_id and bi.id = p.binome_id
				  and bi.vague_id = :vague""")
			.param("id", temoignageId)
			.param("vague", vagueId)
			.param("par", retenu ? qui.identifiant() : null)
			.param("le", retenu ? Timestamp.from(clock.instant()) : null)
			.update();
		if (modifies == 0) {
			throw new IntrouvableException("témoignage", temoignageId);
		}
	}

	/** The coordination writes the notes of the vague's restitution workshop. */
	@Transactional
	public void noterLAtelier(Perimetre qui, Long vagueId, LocalDate date, String notes, long version) {
		coordonnee(qui, vagueId);
		String propre = Saisie.nettoyerParagraphes(notes, Integer.MAX_VALUE);
		if (propre != null && propre.length() > NOTES_MAX) {
			throw new SaisieRefuseeException("notes", "restitution.notesTropLongues");
		}
		int ecrits = sql.sql("""
				insert into restitution_vague (vague_id, date_atelier, notes, modifie_par, modifie_le, version)
				values (:vague, :date, :notes, :par, :le, 1)
				on conflict (vague_id) do update set date_atelier = excluded.date_atelier, notes = excluded.notes,
				  modifie_par = excluded.modifie_par, modifie_le = excluded.modifie_le,
				  version = restitution_vague.version + 1
				where restitution_vague.version = :version""")
			.param("vague", vagueId)
			.param("date", date == null ? null : Date.valueOf(date))
			.param("notes", propre)
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.param("version", version)
			.update();
		if (ecrits == 0) {
			throw ConflitException.modificationConcurrente();
		}
	}

	private Vague vague(Perimetre qui, Long vagueId) {
		Vague vague = sql.sql("select id, nom, region_code, debut, fin from vague where id = :id")
			.param("id", vagueId)
			.query((rs, n) -> new Vague(rs.getLong("id"), rs.getString("nom"), rs.getString("region_code"),
					rs.getDate("debut").toLocalDate(), rs.getDate("fin").toLocalDate(),
					qui.coordonne(rs.getString("region_code"))))
			.optional()
			.orElseThrow(() -> new IntrouvableException("vague", vagueId));
		boolean direction = qui.role() == Role.PILOTE && qui.regions().contains(vague.regionCode());
		if (!vague.coordonnee() && !direction) {
			throw new IntrouvableException("vague", vagueId);
		}
		return vague;
	}

	private void coordonnee(Perimetre qui, Long vagueId) {
		if (!vague(qui, vagueId).coordonnee()) {
			throw new AccesRefuseException("la coordination de la vague écrit sa restitution");
		}
	}

	private List<Temoignage> temoignages(Long vagueId, boolean retenus) {
		return sql.sql("""
				select t.id, t.texte, p.typologie, t.retenu_le is not null as retenu
				from temoignage t join orientation o on o.id = t.orientation_id join parcours p on p.id = o.parcours_id
				join binome bi on bi.id = p.binome_id
				where bi.vague_id = :vague and t.consentement and (not :retenus or t.retenu_le is not null)
				order by t.ecrit_le, t.id""")
			.param("vague", vagueId)
			.param("retenus", retenus)
			.query((rs, n) -> new Temoignage(rs.getLong("id"), rs.getString("texte"),
					TypologieParcours.valueOf(rs.getString("typologie")), rs.getBoolean("retenu")))
			.list();
	}

	private AtelierDeRestitution atelier(Long vagueId) {
		return sql.sql("select date_atelier, notes, version from restitution_vague where vague_id = :vague")
			.param("vague", vagueId)
			.query((rs, n) -> new AtelierDeRestitution(
					rs.getDate("date_atelier") == null ? null : rs.getDate("date_atelier").toLocalDate(),
					rs.getString("notes"), rs.getLong("version")))
			.optional()
			.orElse(new AtelierDeRestitution(null, null, 0));
	}

	/** The figures of one group as read, before secrecy. */
	private static final class Groupe {

		private String tiersLieu;

		private long personnes;

		private long badges;

		private long sortiesM3;

		private long dynamiquesM3;

		private long sortiesM6;

		private long dynamiquesM6;

		private long seances;

		private long minutes;

		private long emargements;

		private long presents;

		private long criteres;

		private long enProgres;

		Chiffres chiffres() {
			boolean masque = Secret.compte(personnes) == null;
			return new Chiffres(Secret.compte(personnes), seances, minutes,
					Secret.taux(presents, emargements, personnes), Secret.taux(enProgres, criteres, personnes),
					masque ? null : Secret.compte(badges), masque ? null : Secret.compte(sortiesM3),
					masque ? null : Secret.compte(dynamiquesM3), masque ? null : Secret.compte(sortiesM6),
					masque ? null : Secret.compte(dynamiquesM6));
		}

	}

	/**
	 * @param coordonnee whether the reader coordinates it (and writes its restitution)
	 */
	public record Vague(Long id, String nom, String regionCode, LocalDate debut, LocalDate fin, boolean coordonnee) {
	}

	/**
	 * @param libelle a typologie's name or a tiers-lieu's
	 */
	public record Ligne(String libelle, Chiffres chiffres) {
	}

	public record Temoignage(Long id, String texte, TypologieParcours typologie, boolean retenu) {
	}

	public record AtelierDeRestitution(LocalDate date, String notes, long version) {
	}

	/**
	 * @param sorties the situations at 3 and 6 months; a null count is 1 to 4 people
	 * @param temoignages the testimonies kept for the restitution
	 * @param aRelire for the coordination, every testimony its author agreed to publish
	 */
	public record Restitution(Vague vague, Chiffres total, List<Ligne> parTypologie, List<Ligne> parTiersLieu,
			Map<Echeance, Map<Situation, Long>> sorties, Instant calculesLe, List<Temoignage> temoignages,
			List<Temoignage> aRelire, AtelierDeRestitution atelier) {
	}

	/** The figures of a vague at one instant. */
	private record Agregats(Chiffres total, List<Ligne> parTypologie, List<Ligne> parTiersLieu,
			Map<Echeance, Map<Situation, Long>> sorties, Instant calculesLe) {
	}

}
