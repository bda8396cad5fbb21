package fr.tierslieux.inclusion.restitution;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	/** Situations that count as a positive outcome ("sorties dynamiques"). */
	static final Set<Situation> DYNAMIQUES = Set.of(Situation.EMPLOI_DURABLE, Situation.EMPLOI_TRANSITION,
			Situation.FORMATION, Situation.CREATION_ACTIVITE);

	private final JdbcClient sql;

	private final Clock clock;

	RestitutionDUneVague(JdbcClient sql, Clock clock) {
		this.sql = sql;
		this.clock = clock;
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

	public Restitution restitution(Perimetre qui, Long vagueId) {
		Vague vague = vague(qui, vagueId);
		LocalDate aujourdhui = LocalDate.ofInstant(clock.instant(), Fuseau.METROPOLE);
		List<Suivi> suivis = sql
			.sql("""
					select o.beneficiaire_id, p.typologie, t.nom as tiers_lieu,
					  (select count(*) from presence pr join atelier a on a.id = pr.atelier_id
					   where a.parcours_id = o.parcours_id and pr.beneficiaire_id = o.beneficiaire_id
					     and pr.statut in ('PRESENT', 'EN_RETARD')) as presents,
					  (select count(*) from presence pr join atelier a on a.id = pr.atelier_id
					   where a.parcours_id = o.parcours_id and pr.beneficiaire_id = o.beneficiaire_id) as emargements,
					  c.suivis, c.en_progres,
					  (select count(*) from badge_attribue ba where ba.orientation_id = o.id and ba.revoque_le is null) as badges,
					  (select s.situation from situation_sortie s where s.orientation_id = o.id and s.echeance = 'M3') as m3,
					  (select s.situation from situation_sortie s where s.orientation_id = o.id and s.echeance = 'M6') as m6
					from orientation o join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
					join tiers_lieu t on t.id = bi.tiers_lieu_id
					cross join lateral (
					  select count(*) filter (where n.nombre >= 2) as suivis,
					         count(*) filter (where n.nombre >= 2 and n.derniere > n.premiere) as en_progres
					  from critere_progression cp cross join lateral (
					    select count(*) as nombre,
					           (array_agg(nc.note order by nc.note_le, nc.id))[1] as premiere,
					           (array_agg(nc.note order by nc.note_le desc, nc.id desc))[1] as derniere
					    from note_critere nc where nc.critere_id = cp.id) n
					  where cp.orientation_id = o.id) c
					where bi.vague_id = :vague and o.statut in ('EN_PARCOURS', 'TERMINEE', 'ABANDON')""")
			.param("vague", vagueId)
			.query(RestitutionDUneVague::suivi)
			.list();
		List<Seances> seances = sql
			.sql("""
					select p.typologie, t.nom as tiers_lieu, count(a.id) as seances, coalesce(sum(a.duree_minutes), 0) as minutes
					from parcours p join binome bi on bi.id = p.binome_id join tiers_lieu t on t.id = bi.tiers_lieu_id
					join atelier a on a.parcours_id = p.id and a.date_atelier <= :aujourdhui and a.annulee_le is null
					where bi.vague_id = :vague group by p.id, p.typologie, t.nom""")
			.param("vague", vagueId)
			.param("aujourdhui", aujourdhui)
			.query((rs, n) -> new Seances(rs.getString("typologie"), rs.getString("tiers_lieu"), rs.getLong("seances"),
					rs.getLong("minutes")))
			.list();
		Map<Echeance, Map<Situation, Long>> sorties = new EnumMap<>(Echeance.class);
		for (Echeance echeance : List.of(Echeance.M3, Echeance.M6)) {
			Map<Situation, Long> comptes = new EnumMap<>(Situation.class);
			for (Situation situation : Situation.values()) {
				comptes.put(situation,
						suivis.stream().filter(s -> situation == (echeance == Echeance.M3 ? s.m3() : s.m6())).count());
			}
			sorties.put(echeance, Secret.repartition(Situation.class, comptes));
		}
		return new Restitution(vague, chiffres(suivis, seances),
				lignes(suivis, seances, Suivi::typologie, Seances::typologie),
				lignes(suivis, seances, Suivi::tiersLieu, Seances::tiersLieu), sorties, temoignages(vagueId, true),
				vague.coordonnee() ? temoignages(vagueId, false) : List.of(), atelier(vagueId));
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

	private static List<Ligne> lignes(List<Suivi> suivis, List<Seances> seances, Function<Suivi, String> cle,
			Function<Seances, String> cleSeances) {
		Map<String, List<Suivi>> suivisPar = new TreeMap<>();
		Map<String, List<Seances>> seancesPar = new TreeMap<>();
		suivis.forEach(s -> suivisPar.computeIfAbsent(cle.apply(s), k -> new ArrayList<>()).add(s));
		seances.forEach(s -> seancesPar.computeIfAbsent(cleSeances.apply(s), k -> new ArrayList<>()).add(s));
		Set<String> cles = new HashSet<>(suivisPar.keySet());
		cles.addAll(seancesPar.keySet());
		return cles.stream()
			.sorted(Comparator.naturalOrder())
			.map(k -> new Ligne(k,
					chiffres(suivisPar.getOrDefault(k, List.of()), seancesPar.getOrDefault(k, List.of()))))
			.toList();
	}

	static Chiffres chiffres(List<Suivi> suivis, List<Seances> seances) {
		long personnes = suivis.stream().map(Suivi::beneficiaireId).distinct().count();
		long presents = suivis.stream().mapToLong(Suivi::presents).sum();
		long emargements = suivis.stream().mapToLong(Suivi::emargements).sum();
		long criteres = suivis.stream().mapToLong(Suivi::criteresSuivis).sum();
		long enProgres = suivis.stream().mapToLong(Suivi::criteresEnProgres).sum();
		Map<Long, Boolean> badges = new HashMap<>();
		suivis.forEach(s -> badges.merge(s.beneficiaireId(), s.badges() > 0, Boolean::logicalOr));
		boolean masque = Secret.compte(personnes) == null;
		return new Chiffres(Secret.compte(personnes), seances.stream().mapToLong(Seances::seances).sum(),
				seances.stream().mapToLong(Seances::minutes).sum(), Secret.taux(presents, emargements, personnes),
				Secret.taux(enProgres, criteres, personnes),
				masque ? null : Secret.compte(badges.values().stream().filter(b -> b).count()),
				masque ? null : Secret.compte(suivis.stream().filter(s -> s.m3() != null).count()),
				masque ? null : Secret.compte(suivis.stream().filter(s -> dynamique(s.m3())).count()),
				masque ? null : Secret.compte(suivis.stream().filter(s -> s.m6() != null).count()),
				masque ? null : Secret.compte(suivis.stream().filter(s -> dynamique(s.m6())).count()));
	}

	private static boolean dynamique(Situation situation) {
		return situation != null && DYNAMIQUES.contains(situation);
	}

	private static Suivi suivi(ResultSet rs, int n) throws SQLException {
		return new Suivi(rs.getLong("beneficiaire_id"), rs.getString("typologie"), rs.getString("tiers_lieu"),
				rs.getLong("presents"), rs.getLong("emargements"), rs.getLong("suivis"), rs.getLong("en_progres"),
				rs.getLong("badges"), situation(rs.getString("m3")), situation(rs.getString("m6")));
	}

	private static Situation situation(String valeur) {
		return valeur == null ? null : Situation.valueOf(valeur);
	}

	/** A referral of the vague, as the figures need it (nobody's name). */
	record Suivi(Long beneficiaireId, String typologie, String tiersLieu, long presents, long emargements,
			long criteresSuivis, long criteresEnProgres, long badges, Situation m3, Situation m6) {
	}

	/** The sessions held by a parcours. */
	record Seances(String typologie, String tiersLieu, long seances, long minutes) {
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
			Map<Echeance, Map<Situation, Long>> sorties, List<Temoignage> temoignages, List<Temoignage> aRelire,
			AtelierDeRestitution atelier) {
	}

}
