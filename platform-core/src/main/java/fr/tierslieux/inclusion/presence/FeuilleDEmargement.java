package fr.tierslieux.inclusion.presence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.atelier.PlanningDesSeances.SeanceDuParcours;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * The sign-in sheet of a session as the facilitator fills it: one line for each person
 * holding a seat in the parcours (and anyone already on the sheet). Sending it again, or
 * from two devices at once, changes each person's line and adds none: the session's row
 * is locked while the sheet is written, so the second sending waits for the first and
 * then updates what it wrote.
 */
@Service
@Transactional(readOnly = true)
public class FeuilleDEmargement {

	private final JdbcClient sql;

	private final PlanningDesSeances planning;

	private final PresenceService presences;

	private final Clock clock;

	FeuilleDEmargement(JdbcClient sql, PlanningDesSeances planning, PresenceService presences, Clock clock) {
		this.sql = sql;
		this.planning = planning;
		this.presences = presences;
		this.clock = clock;
	}

	/**
	 * @throws AccesRefuseException for a reader who does not record attendance
	 */
	public Feuille feuille(Perimetre qui, Long seanceId) {
		SeanceDuParcours seance = planning.seance(qui, seanceId);
		verifierEmargeur(qui, seance);
		LocalDate aujourdhui = aujourdhui(seance);
		return new Feuille(seance, lignes(seance), !seance.seance().date().isAfter(aujourdhui),
				seance.seance().date().equals(aujourdhui));
	}

	/**
	 * @param statuts one status per person of the sheet; a person may be left out (not
	 * yet marked)
	 * @throws SaisieRefuseeException for a person who is not on the sheet
	 */
	@Transactional
	public void enregistrer(Perimetre qui, Long seanceId, Map<Long, PresenceStatut> statuts) {
		SeanceDuParcours seance = planning.seance(qui, seanceId);
		verifierEmargeur(qui, seance);
		sql.sql("select id from atelier where id = :id for update").param("id", seanceId).query(Long.class).single();
		if (seance.seance().annulee()) {
			throw new ConflitException("conflit.seanceAnnulee");
		}
		if (seance.seance().date().isAfter(aujourdhui(seance))) {
			throw new ConflitException("conflit.seanceAVenir");
		}
		Set<Long> surLaFeuille = new HashSet<>(lignes(seance).stream().map(Ligne::beneficiaireId).toList());
		if (!surLaFeuille.containsAll(statuts.keySet())) {
			throw new SaisieRefuseeException("statuts", "emargement.horsFeuille");
		}
		if (!statuts.isEmpty()) {
			presences.emarger(qui, seanceId, statuts);
		}
	}

	/**
	 * The day where the session takes place: in Réunion it begins three hours earlier.
	 */
	private LocalDate aujourdhui(SeanceDuParcours seance) {
		return LocalDate.now(clock.withZone(Fuseau.deLaRegion(seance.parcours().regionCode())));
	}

	static void verifierEmargeur(Perimetre qui, SeanceDuParcours seance) {
		if (!seance.parcours().planifiablePar(qui)) {
			throw new AccesRefuseException("seuls le tiers-lieu du parcours et la coordination émargent ses séances");
		}
	}

	private List<Ligne> lignes(SeanceDuParcours seance) {
		return sql.sql("""
				select b.id, b.prenom, b.nom, pr.statut, coalesce(pr.par_la_personne, false) as par_la_personne
				from beneficiaire b left join presence pr on pr.beneficiaire_id = b.id and pr.atelier_id = :atelier
				where b.id in (select o.beneficiaire_id from orientation o
				               where o.parcours_id = :parcours and o.statut in ('ACCEPTEE', 'EN_PARCOURS')
				               union select p.beneficiaire_id from presence p where p.atelier_id = :atelier)
				order by lower(b.nom), lower(b.prenom), b.id""")
			.param("atelier", seance.seance().id())
			.param("parcours", seance.parcours().id())
			.query((rs, n) -> new Ligne(rs.getLong("id"), rs.getString("prenom"), rs.getString("nom"),
					rs.getString("statut") == null ? null : PresenceStatut.valueOf(rs.getString("statut")),
					rs.getBoolean("par_la_personne")))
			.list();
	}

	/**
	 * @param ouverte whether the session has begun its day (a sheet is not filled in
	 * advance)
	 * @param duJour the session is today: people may check in themselves
	 */
	public record Feuille(SeanceDuParcours seance, List<Ligne> lignes, boolean ouverte, boolean duJour) {

		public long marquees() {
			return lignes.stream().filter(l -> l.statut() != null).count();
		}

	}

	/**
	 * @param statut null while the person is not marked
	 * @param parLaPersonne the person checked in with their phone
	 */
	public record Ligne(Long beneficiaireId, String prenom, String nom, PresenceStatut statut, boolean parLaPersonne) {
	}

}
