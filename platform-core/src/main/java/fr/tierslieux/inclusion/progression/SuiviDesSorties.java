package fr.tierslieux.inclusion.progression;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.beneficiaire.BeneficiaireFiche;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationLigne;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.courrier.Notifications;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * What became of each person: their situation at the end of the parcours (finished or
 * given up), at 3 months and at 6 months, recorded by the counsellor, who is reminded
 * once when each falls due; and the figures per typologie and parcours of a vague.
 */
@Service
@Transactional(readOnly = true)
public class SuiviDesSorties {

	public static final int PRECISION_MAX = 300;

	/**
	 * The end of a referral: its latest move to finished or given up; for a referral
	 * recorded ended without its history (an import), the end of its parcours.
	 */
	private static final String FIN = """
			coalesce((select max(t.survenue_le) from orientation_transition t
			          where t.orientation_id = o.id and t.vers in ('TERMINEE', 'ABANDON')),
			         p.date_fin::timestamp at time zone 'Europe/Paris')""";

	private final JdbcClient sql;

	private final BeneficiaireService beneficiaires;

	private final Notifications notifications;

	private final Clock clock;

	private final LectureDesBinomes binomes;

	SuiviDesSorties(JdbcClient sql, BeneficiaireService beneficiaires, Notifications notifications, Clock clock,
			LectureDesBinomes binomes) {
		this.binomes = binomes;
		this.sql = sql;
		this.beneficiaires = beneficiaires;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * The follow-up of each ended referral of a person's page already read for its
	 * reader.
	 */
	public List<SuiviDUnParcours> suivis(BeneficiaireFiche fiche) {
		List<Long> terminees = fiche.orientations()
			.stream()
			.filter(o -> o.statut() == OrientationStatut.TERMINEE || o.statut() == OrientationStatut.ABANDON)
			.map(OrientationLigne::id)
			.toList();
		if (terminees.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Echeance, Releve>> saisies = new HashMap<>();
		sql.sql("""
				select orientation_id, echeance, situation, precision, saisie_par from situation_sortie
				where orientation_id in (:ids)""").param("ids", terminees).query(rs -> {
			saisies.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
				.put(Echeance.valueOf(rs.getString(2)),
						new Releve(Situation.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
		});
		LocalDate aujourdhui = aujourdhui();
		return sql.sql("select o.id, p.intitule, " + FIN + """
				 as fin from orientation o join parcours p on p.id = o.parcours_id
				where o.id in (:ids) order by o.id""").param("ids", terminees).query((rs, n) -> {
			LocalDate fin = rs.getTimestamp("fin").toInstant().atZone(Fuseau.METROPOLE).toLocalDate();
			Map<Echeance, Releve> siennes = saisies.getOrDefault(rs.getLong(1), Map.of());
			return new SuiviDUnParcours(rs.getLong(1), rs.getString(2), fin,
					Arrays.stream(Echeance.values())
						.map(e -> new Etape(e, fin.plusMonths(e.mois()), !fin.plusMonths(e.mois()).isAfter(aujourdhui),
								Optional.ofNullable(siennes.get(e))))
						.toList());
		}).list();
	}

	/**
	 * The counsellor records (or corrects) a situation that has fallen due.
	 * @throws SaisieRefuseeException field {@code situation} (none, or "autre" without
	 * saying what) or {@code echeance} (not yet due)
	 * @throws ConflitException when the parcours is not over
	 */
	@Transactional
	public void enregistrer(Perimetre qui, Long beneficiaireId, Long orientationId, Echeance echeance,
			Situation situation, String precision) {
		if (qui.role() != Role.CONSEILLER) {
			throw new AccesRefuseException("le conseiller note la situation des personnes qu'il suit");
		}
		BeneficiaireFiche fiche = beneficiaires.fiche(qui, beneficiaireId);
		if (fiche.orientations().stream().noneMatch(o -> o.id().equals(orientationId))) {
			throw new IntrouvableException("orientation", orientationId);
		}
		SuiviDUnParcours suivi = suivis(fiche).stream()
			.filter(s -> s.orientationId().equals(orientationId))
			.findFirst()
			.orElseThrow(() -> new ConflitException("conflit.parcoursEnCours"));
		if (echeance == null) {
			throw new SaisieRefuseeException("echeance", "sortie.echeanceManquante");
		}
		Etape etape = suivi.etape(echeance);
		if (!etape.due()) {
			throw new SaisieRefuseeException("echeance", "sortie.pasEncore", etape.le());
		}
		if (situation == null) {
			throw new SaisieRefuseeException("situation", "sortie.situationManquante");
		}
		String propre = Saisie.nettoyer(precision, PRECISION_MAX);
		if (situation == Situation.AUTRE && propre.isEmpty()) {
			throw new SaisieRefuseeException("precision", "sortie.precisionManquante");
		}
		sql.sql("""
				insert into situation_sortie (orientation_id, echeance, situation, precision, saisie_par, saisie_le)
				values (:orientation, :echeance, :situation, :precision, :par, :le)
				on conflict (orientation_id, echeance) do update set situation = excluded.situation,
				  precision = excluded.precision, saisie_par = excluded.saisie_par, saisie_le = excluded.saisie_le""")
			.param("orientation", orientationId)
			.param("echeance", echeance.name())
			.param("situation", situation.name())
			.param("precision", propre.isEmpty() ? null : propre)
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * The situations due and not recorded of the people of the counsellor's agences, the
	 * oldest first.
	 */
	public List<AFaire> aFaire(Perimetre qui) {
		if (qui.role() != Role.CONSEILLER) {
			throw new AccesRefuseException("le conseiller note la situation des personnes qu'il suit");
		}
		return dues(aujourdhui(), "b.agence_id in (:agences)", Map.of("agences", qui.agencesOuAucune()), 200);
	}

	/**
	 * Once a day: each counsellor who made referrals whose situation has fallen due is
	 * reminded once per situation, in one message that names nobody.
	 * @return the messages sent
	 */
	@Transactional
	public int rappeler(Instant maintenant) {
		LocalDate jour = maintenant.atZone(Fuseau.METROPOLE).toLocalDate();
		List<AFaire> dues = dues(jour, """
				o.orientee_par_id is not null and not exists (select 1 from rappel_sortie r
				where r.orientation_id = o.id and r.echeance = e.echeance)""", Map.of(), 10_000);
		Map<String, List<AFaire>> parConseiller = new LinkedHashMap<>();
		dues.forEach(d -> parConseiller.computeIfAbsent(d.conseiller(), c -> new ArrayList<>()).add(d));
		parConseiller.forEach((conseiller, siennes) -> notifications.apresValidation(List.of(conseiller),
				"Situations de sortie à noter", """
						Bonjour,

						%d situation(s) de personnes que vous avez orientées sont à noter (à la fin du \
						parcours, à 3 mois ou à 6 mois). Retrouvez-les sur la plateforme, page « Suivis à \
						faire ».
						""".formatted(siennes.size())));
		if (!dues.isEmpty()) {
			// one statement for the whole morning, not one per situation
			sql.sql("""
					insert into rappel_sortie (orientation_id, echeance, envoye_le)
					select unnest(:orientations::bigint[]), unnest(:echeances::varchar[]), :le on conflict do nothing""")
				.param("orientations", dues.stream().map(AFaire::orientationId).toArray(Long[]::new))
				.param("echeances", dues.stream().map(d -> d.echeance().name()).toArray(String[]::new))
				.param("le", Timestamp.from(maintenant))
				.update();
		}
		return parConseiller.size();
	}

	private List<AFaire> dues(LocalDate jour, String condition, Map<String, Object> parametres, int limite) {
		String echeances = "(values ('FIN', 0), ('M3', 3), ('M6', 6)) x(echeance, mois)";
		JdbcClient.StatementSpec requete = sql.sql("select o.id, o.beneficiaire_id, b.prenom, b.nom, p.intitule,"
				+ " e.echeance, e.le, u.identifiant from orientation o join beneficiaire b on b.id = o.beneficiaire_id"
				+ " join parcours p on p.id = o.parcours_id left join utilisateur u on u.id = o.orientee_par_id"
				+ " cross join lateral (select x.echeance, ((" + FIN + " at time zone 'Europe/Paris')::date"
				+ " + make_interval(months => x.mois))::date as le from " + echeances + ") e"
				+ " where o.statut in ('TERMINEE', 'ABANDON') and b.anonymisee_le is null and e.le <= :jour and "
				+ condition + " and not exists (select 1 from situation_sortie s where s.orientation_id = o.id"
				+ " and s.echeance = e.echeance) order by e.le, o.id limit :limite")
			.param("jour", jour)
			.param("limite", limite);
		for (Map.Entry<String, Object> parametre : parametres.entrySet()) {
			requete = requete.param(parametre.getKey(), parametre.getValue());
		}
		return requete.query((rs, n) -> new AFaire(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				rs.getString(5), Echeance.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getString(8)))
			.list();
	}

	/**
	 * How many people in each situation, per typologie and échéance, in a vague the
	 * reader coordinates.
	 */
	public List<Repartition> repartition(Perimetre qui, Long vagueId) {
		binomes.regionCoordonnee(qui, vagueId);
		return repartition("bi.vague_id = :cle", vagueId);
	}

	/**
	 * How many people of a parcours are in each situation, per échéance: for those who
	 * see its binôme (its referents know each person; the coordination reads).
	 * @throws IntrouvableException outside the reader's perimeter
	 */
	public List<Repartition> duParcours(Perimetre qui, Long parcoursId) {
		Long binome = sql.sql("select binome_id from parcours where id = :id")
			.param("id", parcoursId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("parcours", parcoursId));
		binomes.entete(qui, binome, false);
		return repartition("o.parcours_id = :cle", parcoursId);
	}

	private List<Repartition> repartition(String filtre, Long cle) {
		Map<String, Map<Situation, Long>> lignes = new LinkedHashMap<>();
		sql.sql("""
				select p.typologie, s.echeance, s.situation, count(*) from situation_sortie s
				join orientation o on o.id = s.orientation_id join parcours p on p.id = o.parcours_id
				join binome bi on bi.id = p.binome_id
				where %s group by p.typologie, s.echeance, s.situation
				order by p.typologie, s.echeance""".formatted(filtre)).param("cle", cle).query(rs -> {
			lignes.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new LinkedHashMap<>())
				.put(Situation.valueOf(rs.getString(3)), rs.getLong(4));
		});
		return lignes.entrySet().stream().map(e -> {
			String[] c = e.getKey().split("\\|");
			return new Repartition(c[0], Echeance.valueOf(c[1]), e.getValue());
		})
			.sorted((a, b) -> a.typologie().equals(b.typologie()) ? a.echeance().compareTo(b.echeance())
					: a.typologie().compareTo(b.typologie()))
			.toList();
	}

	private LocalDate aujourdhui() {
		return LocalDate.now(clock.withZone(Fuseau.METROPOLE));
	}

	/** What was recorded. */
	public record Releve(Situation situation, String precision, String saisiePar) {
	}

	/**
	 * @param due the day has come: the situation may (and should) be recorded
	 */
	public record Etape(Echeance echeance, LocalDate le, boolean due, Optional<Releve> saisie) {
	}

	public record SuiviDUnParcours(Long orientationId, String parcours, LocalDate fin, List<Etape> etapes) {

		public Etape etape(Echeance echeance) {
			return etapes.get(echeance.ordinal());
		}

	}

	/** A situation due and not recorded; {@code conseiller} is the referring account. */
	public record AFaire(Long orientationId, Long beneficiaireId, String prenom, String nom, String parcours,
			Echeance echeance, LocalDate le, String conseiller) {
	}

	/**
	 * @param typologie the parcours' typologie (its enum name)
	 */
	public record Repartition(String typologie, Echeance echeance, Map<Situation, Long> situations) {

		public long total() {
			return situations.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
