package fr.tierslieux.inclusion.atelier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.courrier.Notifications;

/**
 * The calendar of a parcours: the facilitators of its tiers-lieu (and the coordination)
 * plan its sessions, move them and cancel them; those registered are told of a move or a
 * cancellation. Everyone whose perimeter holds the binôme reads it.
 */
@Service
@Transactional(readOnly = true)
public class PlanningDesSeances {

	/** Referrals whose person holds a seat in the parcours. */
	static final String INSCRITS = "('ACCEPTEE', 'EN_PARCOURS')";

	private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

	private final JdbcClient sql;

	private final Notifications notifications;

	private final Clock clock;

	PlanningDesSeances(JdbcClient sql, Notifications notifications, Clock clock) {
		this.sql = sql;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * @throws IntrouvableException outside the reader's perimeter too
	 */
	public Planning planning(Perimetre qui, Long parcoursId) {
		ParcoursPlanifie parcours = parcours(qui, parcoursId, false);
		return new Planning(parcours, seances(parcoursId));
	}

	/**
	 * The calendars of the given parcours, for a person's agenda: the caller says which
	 * parcours the reader may see (the person's referrals it sees).
	 */
	public List<Planning> plannings(Collection<Long> parcoursIds) {
		if (parcoursIds.isEmpty()) {
			return List.of();
		}
		List<ParcoursPlanifie> parcours = sql.sql("""
				select p.id, p.intitule, p.capacite, p.date_debut, p.date_fin, bi.id as binome_id, bi.tiers_lieu_id,
				       v.region_code, t.nom as tiers_lieu, coalesce(c.lieu, t.nom) as lieu, 0 as inscrits
				from parcours p join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
				join tiers_lieu t on t.id = bi.tiers_lieu_id left join canevas c on c.parcours_id = p.id
				where p.id in (:ids) order by p.date_debut, p.id""")
			.param("ids", parcoursIds)
			.query(PlanningDesSeances::parcours)
			.list();
		Map<Long, List<Seance>> seances = new HashMap<>();
		sql.sql("""
				select a.parcours_id, a.id, a.intitule, a.type, a.date_atelier, a.heure_debut, a.heure_fin, a.lieu,
				       coalesce(a.capacite, p.capacite) as capacite, a.avec_conseiller, a.annulee_le,
				       a.motif_annulation, a.version, 0 as emargees
				from atelier a join parcours p on p.id = a.parcours_id where a.parcours_id in (:ids)
				order by a.date_atelier, a.heure_debut, a.id""").param("ids", parcoursIds).query((ResultSet rs) -> {
			seances.computeIfAbsent(rs.getLong("parcours_id"), id -> new ArrayList<>()).add(seance(rs, 0));
		});
		return parcours.stream().map(p -> new Planning(p, seances.getOrDefault(p.id(), List.of()))).toList();
	}

	/** One session of the reader's perimeter, with its parcours. */
	public SeanceDuParcours seance(Perimetre qui, Long seanceId) {
		Long parcoursId = parcoursDeLaSeance(seanceId);
		ParcoursPlanifie parcours = parcours(qui, parcoursId, false);
		return new SeanceDuParcours(parcours,
				seances(parcoursId).stream()
					.filter(s -> s.id().equals(seanceId))
					.findFirst()
					.orElseThrow(() -> new IntrouvableException("séance", seanceId)));
	}

	/**
	 * @return the new session's id
	 */
	@Transactional
	public Long planifier(Perimetre qui, Long parcoursId, NouvelleSeance seance) {
		ParcoursPlanifie parcours = parcours(qui, parcoursId, true);
		verifierPlanificateur(qui, parcours);
		verifier(parcours, seance);
		return champs(sql.sql("""
				insert into atelier (parcours_id, intitule, date_atelier, heure_debut, heure_fin, lieu, type, capacite,
				                     avec_conseiller)
				values (:parcours, :intitule, :date, :debut, :fin, :lieu, :type, :capacite, :avecConseiller)
				returning id"""), seance).param("parcours", parcoursId).query(Long.class).single();
	}

	/**
	 * Changes a session; when its day, hours or place change, those registered are told.
	 * @param version the version the form was built from
	 * @throws ConflitException if the session changed meanwhile or was cancelled
	 */
	@Transactional
	public void modifier(Perimetre qui, Long seanceId, long version, NouvelleSeance seance) {
		SeanceDuParcours avant = seancePourEcrire(qui, seanceId, version);
		verifier(avant.parcours(), seance);
		champs(sql.sql("""
				update atelier set intitule = :intitule, date_atelier = :date, heure_debut = :debut, heure_fin = :fin,
				       lieu = :lieu, type = :type, capacite = :capacite, avec_conseiller = :avecConseiller,
				       version = version + 1
				where id = :id"""), seance).param("id", seanceId).update();
		Seance ancienne = avant.seance();
		String lieu = Saisie.nettoyer(seance.lieu(), 300);
		if (!ancienne.date().equals(seance.date()) || !ancienne.debut().equals(seance.debut())
				|| !ancienne.fin().equals(seance.fin()) || !ancienne.lieu().equals(lieu)) {
			prevenir(avant, "Séance déplacée : " + ancienne.intitule(), """
					Bonjour,

					La séance « %s » du parcours « %s », prévue le %s, aura lieu le %s de %s à %s, lieu : %s.
					""".formatted(ancienne.intitule(), avant.parcours().intitule(), JOUR.format(ancienne.date()),
					JOUR.format(seance.date()), heure(seance.debut()), heure(seance.fin()), lieu));
		}
	}

	/**
	 * Cancels a session whose sheet is still empty (a session people came to happened);
	 * those registered are told.
	 */
	@Transactional
	public void annuler(Perimetre qui, Long seanceId, long version, String motif) {
		SeanceDuParcours seance = seancePourEcrire(qui, seanceId, version);
		if (seance.seance().emargees() > 0) {
			throw new ConflitException("conflit.seanceEmargee");
		}
		String raison = Saisie.nettoyer(motif, 300);
		if (raison.isEmpty()) {
			throw new SaisieRefuseeException("motif", "seance.motifObligatoire");
		}
		sql.sql("update atelier set annulee_le = :quand, motif_annulation = :motif, version = version + 1 where id = :id")
			.param("id", seanceId)
			.param("quand", Timestamp.from(clock.instant()))
			.param("motif", raison)
			.update();
		prevenir(seance, "Séance annulée : " + seance.seance().intitule(),
				"""
						Bonjour,

						La séance « %s » du parcours « %s », prévue le %s de %s à %s, est annulée (%s).
						""".formatted(seance.seance().intitule(), seance.parcours().intitule(),
						JOUR.format(seance.seance().date()), heure(seance.seance().debut()),
						heure(seance.seance().fin()), raison));
	}

	/** {@code 14 h}, {@code 9 h 30}: as the pages write it. */
	private static String heure(LocalTime heure) {
		return heure.getMinute() == 0 ? heure.getHour() + " h"
				: heure.getHour() + " h " + "%02d".formatted(heure.getMinute());
	}

	/** Binds what the facilitator typed, cleaned, to the statement's named parameters. */
	private static JdbcClient.StatementSpec champs(JdbcClient.StatementSpec requete, NouvelleSeance seance) {
		return requete.param("intitule", Saisie.nettoyer(seance.intitule(), 200))
			.param("date", seance.date())
			.param("debut", seance.debut())
			.param("fin", seance.fin())
			.param("lieu", Saisie.nettoyer(seance.lieu(), 300))
			.param("type", seance.type().name())
			.param("capacite", seance.capacite())
			.param("avecConseiller", seance.avecConseiller());
	}

	private SeanceDuParcours seancePourEcrire(Perimetre qui, Long seanceId, long version) {
		Long parcoursId = parcoursDeLaSeance(seanceId);
		ParcoursPlanifie parcours = parcours(qui, parcoursId, true);
		verifierPlanificateur(qui, parcours);
		Seance seance = seances(parcoursId).stream()
			.filter(s -> s.id().equals(seanceId))
			.findFirst()
			.orElseThrow(() -> new IntrouvableException("séance", seanceId));
		if (seance.annulee()) {
			throw new ConflitException("conflit.seanceAnnulee");
		}
		ConflitException.verifierVersion(version, seance.version());
		return new SeanceDuParcours(parcours, seance);
	}

	/** The people holding a seat, and the counsellors who referred them. */
	private void prevenir(SeanceDuParcours seance, String sujet, String texte) {
		List<String> adresses = sql.sql("""
				select b.email from orientation o join beneficiaire b on b.id = o.beneficiaire_id
				where o.parcours_id = :parcours and o.statut in """ + INSCRITS + """
				 and b.email is not null
				union
				select u.identifiant from orientation o join utilisateur u on u.id = o.orientee_par_id
				where o.parcours_id = :parcours and o.statut in """ + INSCRITS + " and u.actif order by 1")
			.param("parcours", seance.parcours().id())
			.query(String.class)
			.list();
		notifications.apresValidation(adresses, sujet, texte);
	}

	private static void verifierPlanificateur(Perimetre qui, ParcoursPlanifie parcours) {
		if (!parcours.planifiablePar(qui)) {
			throw new AccesRefuseException("seuls le tiers-lieu du parcours et la coordination planifient ses séances");
		}
	}

	private static void verifier(ParcoursPlanifie parcours, NouvelleSeance seance) {
		if (seance.fin() == null) {
			throw new SaisieRefuseeException("dureeMinutes", "seance.apresMinuit");
		}
		if (seance.date().isBefore(parcours.debut()) || seance.date().isAfter(parcours.fin())) {
			throw new SaisieRefuseeException("date", "seance.horsDuParcours", DATE.format(parcours.debut()),
					DATE.format(parcours.fin()));
		}
	}

	private Long parcoursDeLaSeance(Long seanceId) {
		return sql.sql("select parcours_id from atelier where id = :id")
			.param("id", seanceId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IntrouvableException("séance", seanceId));
	}

	private ParcoursPlanifie parcours(Perimetre qui, Long parcoursId, boolean verrouiller) {
		return LectureDesBinomes
			.perimetre(sql.sql("""
					select p.id, p.intitule, p.capacite, p.date_debut, p.date_fin, bi.id as binome_id, bi.tiers_lieu_id,
					       v.region_code, t.nom as tiers_lieu, coalesce(c.lieu, t.nom) as lieu,
					       (select count(*) from orientation o where o.parcours_id = p.id and o.statut in """ + INSCRITS
					+ """
							) as inscrits
							from parcours p join binome bi on bi.id = p.binome_id join vague v on v.id = bi.vague_id
							join tiers_lieu t on t.id = bi.tiers_lieu_id left join canevas c on c.parcours_id = p.id
							where p.id = :id and """ + " " + LectureDesBinomes.DANS_LE_PERIMETRE
					+ (verrouiller ? " for update of p" : "")), qui)
			.param("id", parcoursId)
			.query(PlanningDesSeances::parcours)
			.optional()
			.orElseThrow(() -> new IntrouvableException("parcours", parcoursId));
	}

	private List<Seance> seances(Long parcoursId) {
		return sql.sql("""
				select a.id, a.intitule, a.type, a.date_atelier, a.heure_debut, a.heure_fin, a.lieu,
				       coalesce(a.capacite, p.capacite) as capacite, a.avec_conseiller, a.annulee_le,
				       a.motif_annulation, a.version,
				       (select count(*) from presence pr where pr.atelier_id = a.id) as emargees
				from atelier a join parcours p on p.id = a.parcours_id where a.parcours_id = :id
				order by a.date_atelier, a.heure_debut, a.id limit 500""")
			.param("id", parcoursId)
			.query(PlanningDesSeances::seance)
			.list();
	}

	private static ParcoursPlanifie parcours(ResultSet rs, int n) throws SQLException {
		return new ParcoursPlanifie(rs.getLong("id"), rs.getString("intitule"), rs.getInt("capacite"),
				rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
				rs.getLong("binome_id"), rs.getLong("tiers_lieu_id"), rs.getString("region_code"),
				rs.getString("tiers_lieu"), rs.getString("lieu"), rs.getLong("inscrits"));
	}

	private static Seance seance(ResultSet rs, int n) throws SQLException {
		Timestamp annulee = rs.getTimestamp("annulee_le");
		return new Seance(rs.getLong("id"), rs.getString("intitule"), TypeAtelier.valueOf(rs.getString("type")),
				rs.getObject("date_atelier", LocalDate.class), rs.getObject("heure_debut", LocalTime.class),
				rs.getObject("heure_fin", LocalTime.class), rs.getString("lieu"), rs.getInt("capacite"),
				rs.getBoolean("avec_conseiller"), rs.getLong("emargees"), annulee == null ? null : annulee.toInstant(),
				rs.getString("motif_annulation"), rs.getLong("version"));
	}

	/**
	 * @param lieu where its sessions usually take place (the canvas says, else the
	 * tiers-lieu)
	 * @param inscrits people holding a seat
	 */
	public record ParcoursPlanifie(Long id, String intitule, int capacite, LocalDate debut, LocalDate fin,
			Long binomeId, Long tiersLieuId, String regionCode, String tiersLieu, String lieu, long inscrits) {

		/** The facilitators of its tiers-lieu, the coordination of its région, admins. */
		public boolean planifiablePar(Perimetre qui) {
			return qui.tiersLieux().contains(tiersLieuId) || qui.coordonne(regionCode);
		}

	}

	public record Planning(ParcoursPlanifie parcours, List<Seance> seances) {
	}

	public record SeanceDuParcours(ParcoursPlanifie parcours, Seance seance) {
	}

}
