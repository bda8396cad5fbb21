package fr.tierslieux.inclusion.progression;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.beneficiaire.BeneficiaireFiche;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationLigne;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.parcours.CartesDuCanevas;
import fr.tierslieux.inclusion.parcours.GenreCarte;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * What each person learns, observed on 3 or 4 criteria chosen with them for a referral
 * ("Je me sens capable de …"), each rated on a scale that values what is acquired (pas
 * encore, un peu, plutôt oui, tout à fait): before the parcours, after the sessions the
 * binôme chooses, and at the end; by the person through their personal link, or by the
 * counsellor or the facilitator who follow them. Nobody is ranked: a criterion is only
 * ever compared with itself.
 */
@Service
@Transactional(readOnly = true)
public class ProgressionDUnePersonne {

	public static final int MINIMUM = 3;

	public static final int MAXIMUM = 4;

	public static final int LIBELLE_MAX = 200;

	/** The referrals whose parcours the person follows or followed. */
	private static final Set<OrientationStatut> SUIVIES = Set.of(OrientationStatut.ACCEPTEE,
			OrientationStatut.EN_PARCOURS, OrientationStatut.TERMINEE, OrientationStatut.ABANDON);

	private final JdbcClient sql;

	private final BeneficiaireService beneficiaires;

	private final CarnetDeBord carnets;

	private final CartesDuCanevas cartes;

	private final Clock clock;

	private final ResultatsPix pix;

	ProgressionDUnePersonne(JdbcClient sql, BeneficiaireService beneficiaires, CarnetDeBord carnets,
			CartesDuCanevas cartes, Clock clock, ResultatsPix pix) {
		this.pix = pix;
		this.sql = sql;
		this.beneficiaires = beneficiaires;
		this.carnets = carnets;
		this.cartes = cartes;
		this.clock = clock;
	}

	/**
	 * The person's progression in each parcours the reader sees them in (the person's
	 * page rule; the read is audited, hence a writing transaction).
	 */
	@Transactional
	public Progression progression(Perimetre qui, Long beneficiaireId) {
		BeneficiaireFiche fiche = beneficiaires.fiche(qui, beneficiaireId);
		List<OrientationLigne> suivies = fiche.orientations()
			.stream()
			.filter(o -> SUIVIES.contains(o.statut()))
			.toList();
		Map<Long, List<Critere>> criteres = criteres(suivies.stream().map(OrientationLigne::id).toList());
		Map<Long, List<Seance>> seances = seances(suivies.stream().map(OrientationLigne::parcoursId).toList());
		return new Progression(fiche,
				suivies.stream()
					.map(o -> new DansUnParcours(o.id(), o.parcours(), o.tiersLieu(), o.statut(),
							criteres.getOrDefault(o.id(), List.of()), seances.getOrDefault(o.parcoursId(), List.of())))
					.toList(),
				ecrivain(qui), pix.dUnePersonne(fiche.id()));
	}

	/**
	 * Sets the criteria of a referral, once: they may be reworded until the first rating,
	 * not afterwards (the ratings would no longer say what they rated).
	 * @throws SaisieRefuseeException field {@code criteres}: fewer than 3 or more than 4,
	 * twice the same, too long, or an unknown competence
	 */
	@Transactional
	public void definir(Perimetre qui, Long beneficiaireId, Long orientationId, List<NouveauCritere> criteres) {
		verifierEcrivain(qui);
		orientationSuivie(qui, beneficiaireId, orientationId);
		List<NouveauCritere> retenus = new ArrayList<>();
		Set<String> libelles = new HashSet<>();
		for (NouveauCritere critere : criteres) {
			String libelle = vide(Saisie.nettoyer(critere.libelle(), Integer.MAX_VALUE));
			String competence = vide(Saisie.nettoyer(critere.competence(), 30));
			if (libelle == null) {
				if (competence != null) {
					throw new SaisieRefuseeException("criteres", "progression.libelleManquant");
				}
				continue;
			}
			if (libelle.length() > LIBELLE_MAX) {
				throw new SaisieRefuseeException("criteres", "progression.libelleTropLong");
			}
			if (competence != null && (cartes.carte(competence) == null
					|| cartes.carte(competence).genre() == GenreCarte.CONTRAINTE)) {
				throw new SaisieRefuseeException("criteres", "progression.competenceInconnue");
			}
			if (!libelles.add(libelle.toLowerCase(Locale.ROOT))) {
				throw new SaisieRefuseeException("criteres", "progression.enDouble");
			}
			retenus.add(new NouveauCritere(libelle, competence));
		}
		if (retenus.size() < MINIMUM || retenus.size() > MAXIMUM) {
			throw new SaisieRefuseeException("criteres", "progression.nombre", MINIMUM, MAXIMUM);
		}
		sql.sql("select id from orientation where id = :id for update")
			.param("id", orientationId)
			.query(Long.class)
			.single();
		if (sql.sql("""
				select count(*) > 0 from note_critere n join critere_progression c on c.id = n.critere_id
				where c.orientation_id = :orientation""")
			.param("orientation", orientationId)
			.query(Boolean.class)
			.single()) {
			throw new ConflitException("conflit.criteresDejaNotes");
		}
		sql.sql("delete from critere_progression where orientation_id = :orientation")
			.param("orientation", orientationId)
			.update();
		for (int i = 0; i < retenus.size(); i++) {
			sql.sql("""
					insert into critere_progression (orientation_id, ordre, libelle, competence, cree_par, cree_le)
					values (:orientation, :ordre, :libelle, :competence, :par, :le)""")
				.param("orientation", orientationId)
				.param("ordre", i + 1)
				.param("libelle", retenus.get(i).libelle())
				.param("competence", retenus.get(i).competence())
				.param("par", qui.identifiant())
				.param("le", Timestamp.from(clock.instant()))
				.update();
		}
	}

	/**
	 * Ratings given with the person by someone who follows them; a new rating of the same
	 * moment (and session) replaces the previous one.
	 * @param seanceId the session rated after, for {@link Moment#PENDANT} only
	 * @param notes one rating (1 to 4) per criterion of the referral; some may be left
	 * out
	 */
	@Transactional
	public void noter(Perimetre qui, Long beneficiaireId, Long orientationId, Moment moment, Long seanceId,
			Map<Long, Integer> notes) {
		verifierEcrivain(qui);
		OrientationLigne orientation = orientationSuivie(qui, beneficiaireId, orientationId);
		if (moment == null) {
			throw new SaisieRefuseeException("moment", "progression.momentManquant");
		}
		Long seance = null;
		if (moment == Moment.PENDANT) {
			seance = seances(List.of(orientation.parcoursId())).getOrDefault(orientation.parcoursId(), List.of())
				.stream()
				.map(Seance::id)
				.filter(id -> id.equals(seanceId))
				.findFirst()
				.orElseThrow(() -> new SaisieRefuseeException("seance", "progression.seanceInconnue"));
		}
		enregistrer(orientationId, moment, seance, notes, qui.identifiant());
	}

	/**
	 * The person's own view through their personal link: the referrals whose criteria are
	 * set.
	 */
	public Optional<MaProgression> pourLaPersonne(String jeton) {
		return carnets.personneDuLien(jeton).map(personne -> {
			List<Orientation> orientations = sql
				.sql("""
						select o.id, o.parcours_id, o.statut, p.intitule from orientation o join parcours p on p.id = o.parcours_id
						where o.beneficiaire_id = :personne and o.statut in (:suivies)
						  and exists (select 1 from critere_progression c where c.orientation_id = o.id)
						order by o.id""")
				.param("personne", personne.id())
				.param("suivies", SUIVIES.stream().map(Enum::name).toList())
				.query((rs, n) -> new Orientation(rs.getLong(1), rs.getLong(2),
						OrientationStatut.valueOf(rs.getString(3)), rs.getString(4)))
				.list();
			Map<Long, List<Critere>> criteres = criteres(orientations.stream().map(Orientation::id).toList());
			return new MaProgression(personne.prenom(),
					orientations.stream()
						.map(o -> new DansUnParcours(o.id(), o.parcours(), null, o.statut(),
								criteres.getOrDefault(o.id(), List.of()), List.of()))
						.toList());
		});
	}

	/**
	 * The person rates where they are today: before the parcours until its first session,
	 * after its latest session while it runs, at the end once it is over.
	 * @throws IntrouvableException for a link that is not (or no longer) valid, or a
	 * referral that is not the person's
	 */
	@Transactional
	public Moment noterParLaPersonne(String jeton, Long orientationId, Map<Long, Integer> notes) {
		Long personne = carnets.personneDuJeton(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
		OrientationStatut statut = sql.sql("""
				select o.statut from orientation o where o.id = :orientation and o.beneficiaire_id = :personne
				  and o.statut in (:suivies)
				  and exists (select 1 from critere_progression c where c.orientation_id = o.id)""")
			.param("orientation", orientationId)
			.param("personne", personne)
			.param("suivies", SUIVIES.stream().map(Enum::name).toList())
			.query((rs, n) -> OrientationStatut.valueOf(rs.getString(1)))
			.optional()
			.orElseThrow(() -> new IntrouvableException("orientation", orientationId));
		Long derniereSeance = null;
		Moment moment = Moment.FIN;
		if (statut != OrientationStatut.TERMINEE && statut != OrientationStatut.ABANDON) {
			derniereSeance = sql.sql("""
					select a.id from atelier a join orientation o on o.parcours_id = a.parcours_id
					where o.id = :orientation and a.annulee_le is null and a.date_atelier <= :aujourdhui
					order by a.date_atelier desc, a.heure_debut desc, a.id desc limit 1""")
				.param("orientation", orientationId)
				.param("aujourdhui", LocalDate.now(clock.withZone(Fuseau.METROPOLE)))
				.query(Long.class)
				.optional()
				.orElse(null);
			moment = derniereSeance == null ? Moment.AVANT : Moment.PENDANT;
		}
		enregistrer(orientationId, moment, derniereSeance, notes, null);
		return moment;
	}

	private void enregistrer(Long orientationId, Moment moment, Long seance, Map<Long, Integer> notes, String par) {
		Set<Long> siens = new HashSet<>(sql.sql("select id from critere_progression where orientation_id = :o")
			.param("o", orientationId)
			.query(Long.class)
			.list());
		if (notes.isEmpty()) {
			throw new SaisieRefuseeException("notes", "progression.aucuneNote");
		}
		notes.forEach((critere, note) -> {
			if (!siens.contains(critere)) {
				throw new SaisieRefuseeException("notes", "progression.critereInconnu");
			}
			if (note == null || note < 1 || note > 4) {
				throw new SaisieRefuseeException("notes", "progression.noteHorsEchelle");
			}
		});
		String conflit = moment == Moment.PENDANT ? "(critere_id, atelier_id) where moment = 'PENDANT'"
				: "(critere_id, moment) where moment <> 'PENDANT'";
		Instant maintenant = clock.instant();
		notes.forEach((critere, note) -> sql.sql("""
				insert into note_critere (critere_id, moment, atelier_id, note, note_par, note_le)
				values (:critere, :moment, :seance, :note, :par, :le)
				on conflict""" + " " + conflit + """
				do update set note = excluded.note, note_par = excluded.note_par, note_le = excluded.note_le""")
			.param("critere", critere)
			.param("moment", moment.name())
			.param("seance", seance)
			.param("note", note)
			.param("par", par)
			.param("le", Timestamp.from(maintenant))
			.update());
	}

	private static String vide(String texte) {
		return texte.isEmpty() ? null : texte;
	}

	private OrientationLigne orientationSuivie(Perimetre qui, Long beneficiaireId, Long orientationId) {
		return beneficiaires.fiche(qui, beneficiaireId)
			.orientations()
			.stream()
			.filter(o -> o.id().equals(orientationId) && SUIVIES.contains(o.statut()))
			.findFirst()
			.orElseThrow(() -> new IntrouvableException("orientation", orientationId));
	}

	/** The counsellors and facilitators who follow the person write; others read. */
	private static boolean ecrivain(Perimetre qui) {
		return qui.role() == Role.CONSEILLER || qui.role() == Role.FACILITATEUR;
	}

	private static void verifierEcrivain(Perimetre qui) {
		if (!ecrivain(qui)) {
			throw new AccesRefuseException("seuls ceux qui suivent la personne notent sa progression");
		}
	}

	private Map<Long, List<Critere>> criteres(Collection<Long> orientations) {
		if (orientations.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Note>> notes = new HashMap<>();
		sql.sql("""
				select n.critere_id, n.moment, n.note, n.note_par is null as par_la_personne, n.note_le,
				       a.intitule, a.date_atelier
				from note_critere n join critere_progression c on c.id = n.critere_id
				left join atelier a on a.id = n.atelier_id
				where c.orientation_id in (:orientations)
				order by case n.moment when 'AVANT' then 0 when 'PENDANT' then 1 else 2 end, a.date_atelier, n.id""")
			.param("orientations", orientations)
			.query(rs -> {
				notes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Note(Moment.valueOf(rs.getString(2)), rs.getInt(3), rs.getBoolean(4),
							rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getObject(7, LocalDate.class)));
			});
		Map<Long, List<Critere>> parOrientation = new HashMap<>();
		sql.sql("""
				select id, orientation_id, ordre, libelle, competence from critere_progression
				where orientation_id in (:orientations) order by orientation_id, ordre""")
			.param("orientations", orientations)
			.query(rs -> {
				parOrientation.computeIfAbsent(rs.getLong(2), id -> new ArrayList<>())
					.add(new Critere(rs.getLong(1), rs.getInt(3), rs.getString(4), rs.getString(5),
							notes.getOrDefault(rs.getLong(1), List.of())));
			});
		return parOrientation;
	}

	/** The sessions held (not cancelled, not to come) of each parcours, latest first. */
	private Map<Long, List<Seance>> seances(Collection<Long> parcours) {
		if (parcours.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Seance>> resultat = new HashMap<>();
		sql.sql("""
				select parcours_id, id, intitule, date_atelier from atelier
				where parcours_id in (:parcours) and annulee_le is null and date_atelier <= :aujourdhui
				order by date_atelier desc, heure_debut desc, id desc""")
			.param("parcours", parcours)
			.param("aujourdhui", LocalDate.now(clock.withZone(Fuseau.METROPOLE)))
			.query(rs -> {
				resultat.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Seance(rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
			});
		return resultat;
	}

	private record Orientation(Long id, Long parcoursId, OrientationStatut statut, String parcours) {
	}

	/**
	 * @param ecrivain whether the reader may set criteria and rate them
	 */
	/**
	 * @param pix the person's Pix levels, as imported
	 */
	public record Progression(BeneficiaireFiche fiche, List<DansUnParcours> parcours, boolean ecrivain,
			List<ResultatsPix.Resultat> pix) {
	}

	public record MaProgression(String prenom, List<DansUnParcours> parcours) {
	}

	/**
	 * @param seances the sessions already held, to rate after (empty for the person)
	 */
	public record DansUnParcours(Long orientationId, String parcours, String tiersLieu, OrientationStatut statut,
			List<Critere> criteres, List<Seance> seances) {
	}

	public record Critere(Long id, int ordre, String libelle, String competence, List<Note> notes) {

		/** The first rating given (before the parcours, or the earliest one). */
		public Optional<Note> premiere() {
			return notes.stream().findFirst();
		}

		/** The latest rating, when there are two at least. */
		public Optional<Note> derniere() {
			return notes.size() < 2 ? Optional.empty() : Optional.of(notes.get(notes.size() - 1));
		}

	}

	/**
	 * @param seance the session rated after ({@link Moment#PENDANT})
	 */
	public record Note(Moment moment, int note, boolean parLaPersonne, Instant le, String seance,
			LocalDate dateSeance) {
	}

	public record Seance(Long id, String intitule, LocalDate date) {
	}

}
