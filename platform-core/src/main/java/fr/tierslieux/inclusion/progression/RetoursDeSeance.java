package fr.tierslieux.inclusion.progression;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.SeanceDuParcours;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.territoire.Fuseau;

/**
 * After each session, each participant's feedback: how it felt (difficile, moyen, bien,
 * très bien), what they learnt, what they would like to go over again. Given by the
 * person through their personal link, or entered with them by the tiers-lieu; the
 * tiers-lieu reads a summary per session that names nobody.
 */
@Service
@Transactional(readOnly = true)
public class RetoursDeSeance {

	public static final int TEXTE_MAX = 1000;

	private static final String SEANCES_DE_LA_PERSONNE = """
			select a.id from atelier a join orientation o on o.parcours_id = a.parcours_id
			where o.beneficiaire_id = :personne and o.statut in ('ACCEPTEE', 'EN_PARCOURS', 'TERMINEE', 'ABANDON')
			  and a.annulee_le is null and a.date_atelier <= :aujourdhui""";

	private final JdbcClient sql;

	private final CarnetDeBord carnets;

	private final PlanningDesSeances planning;

	private final Clock clock;

	RetoursDeSeance(JdbcClient sql, CarnetDeBord carnets, PlanningDesSeances planning, Clock clock) {
		this.sql = sql;
		this.carnets = carnets;
		this.planning = planning;
		this.clock = clock;
	}

	/**
	 * The sessions the person attended or could have, latest first, with what they said.
	 */
	public Optional<MesSeances> pourLaPersonne(String jeton) {
		return carnets.personneDuLien(jeton)
			.map(personne -> new MesSeances(personne.prenom(), sql.sql("""
					select a.id, a.intitule, a.date_atelier, a.heure_debut, p.intitule as parcours, r.ressenti
					from atelier a join parcours p on p.id = a.parcours_id
					left join retour_seance r on r.atelier_id = a.id and r.beneficiaire_id = :personne
					where a.id in (""" + SEANCES_DE_LA_PERSONNE + """
					) order by a.date_atelier desc, a.heure_debut desc, a.id desc limit 20""")
				.param("personne", personne.id())
				.param("aujourdhui", aujourdhui())
				.query((rs, n) -> new MaSeance(rs.getLong("id"), rs.getString("intitule"),
						rs.getObject("date_atelier", LocalDate.class), rs.getObject("heure_debut", LocalTime.class),
						rs.getString("parcours"), rs.getObject("ressenti", Integer.class)))
				.list()));
	}

	/**
	 * The person gives (or changes) their feedback on a session of their parcours already
	 * held.
	 * @throws IntrouvableException for a link that is not valid or a session not theirs
	 */
	@Transactional
	public void donnerParLaPersonne(String jeton, Long seanceId, Retour retour) {
		Long personne = carnets.personneDuJeton(jeton).orElseThrow(() -> new IntrouvableException("carnet", null));
		boolean sienne = sql.sql("select count(*) > 0 from (" + SEANCES_DE_LA_PERSONNE + ") s where s.id = :seance")
			.param("personne", personne)
			.param("aujourdhui", aujourdhui())
			.param("seance", seanceId)
			.query(Boolean.class)
			.single();
		if (!sienne) {
			throw new IntrouvableException("séance", seanceId);
		}
		enregistrer(seanceId, personne, retour, null, true);
	}

	/**
	 * The tiers-lieu enters the feedback a person gives aloud; what the person wrote
	 * themselves is not overwritten.
	 * @throws ConflitException when the person already gave theirs
	 */
	@Transactional
	public void donnerParLeTiersLieu(Perimetre qui, Long seanceId, Long beneficiaireId, Retour retour) {
		SeanceDuParcours seance = seanceDuTiersLieu(qui, seanceId);
		boolean inscrite = sql.sql("""
				select count(*) > 0 from orientation where beneficiaire_id = :personne and parcours_id = :parcours
				  and statut in ('ACCEPTEE', 'EN_PARCOURS', 'TERMINEE', 'ABANDON')""")
			.param("personne", beneficiaireId)
			.param("parcours", seance.parcours().id())
			.query(Boolean.class)
			.single();
		if (!inscrite) {
			throw new SaisieRefuseeException("personne", "retour.personneInconnue");
		}
		if (seance.seance().annulee() || seance.seance().date().isAfter(aujourdhui())) {
			throw new ConflitException("conflit.seanceAVenir");
		}
		enregistrer(seanceId, beneficiaireId, retour, qui.identifiant(), false);
	}

	/**
	 * What the participants said, without their names: how many felt what, what they
	 * learnt, what they want to go over again.
	 */
	public Synthese synthese(Perimetre qui, Long seanceId) {
		SeanceDuParcours seance = seanceDuTiersLieu(qui, seanceId);
		long[] ressentis = new long[4];
		List<String[]> textes = sql.sql("""
				select ressenti, appris, a_revoir from retour_seance where atelier_id = :seance order by id""")
			.param("seance", seanceId)
			.query((rs, n) -> {
				ressentis[rs.getInt(1) - 1]++;
				return new String[] { rs.getString(2), rs.getString(3) };
			})
			.list();
		List<Personne> participants = sql.sql("""
				select b.id, b.prenom, b.nom, r.id is not null as repondu from beneficiaire b
				left join retour_seance r on r.beneficiaire_id = b.id and r.atelier_id = :seance
				where b.id in (select o.beneficiaire_id from orientation o where o.parcours_id = :parcours
				               and o.statut in ('ACCEPTEE', 'EN_PARCOURS', 'TERMINEE', 'ABANDON'))
				order by lower(b.nom), lower(b.prenom), b.id""")
			.param("seance", seanceId)
			.param("parcours", seance.parcours().id())
			.query((rs, n) -> new Personne(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
		return new Synthese(seance, textes.size(), List.of(ressentis[0], ressentis[1], ressentis[2], ressentis[3]),
				textes.stream().map(t -> t[0]).filter(Objects::nonNull).toList(),
				textes.stream().map(t -> t[1]).filter(Objects::nonNull).toList(), participants);
	}

	private SeanceDuParcours seanceDuTiersLieu(Perimetre qui, Long seanceId) {
		SeanceDuParcours seance = planning.seance(qui, seanceId);
		if (!seance.parcours().planifiablePar(qui)) {
			throw new AccesRefuseException("le tiers-lieu du parcours et la coordination lisent les retours");
		}
		return seance;
	}

	private void enregistrer(Long seanceId, Long personne, Retour retour, String par, boolean remplacer) {
		if (retour.ressenti() == null || retour.ressenti() < 1 || retour.ressenti() > 4) {
			throw new SaisieRefuseeException("ressenti", "retour.ressentiManquant");
		}
		String appris = Saisie.nettoyerParagraphes(retour.appris(), TEXTE_MAX);
		String aRevoir = Saisie.nettoyerParagraphes(retour.aRevoir(), TEXTE_MAX);
		int ecrites = sql.sql("""
				insert into retour_seance (atelier_id, beneficiaire_id, ressenti, appris, a_revoir, ecrit_par, ecrit_le)
				values (:seance, :personne, :ressenti, :appris, :aRevoir, :par, :le)
				on conflict (atelier_id, beneficiaire_id) do update set ressenti = excluded.ressenti,
				  appris = excluded.appris, a_revoir = excluded.a_revoir, ecrit_par = excluded.ecrit_par,
				  ecrit_le = excluded.ecrit_le
				where :remplacer or retour_seance.ecrit_par is not null""")
			.param("seance", seanceId)
			.param("personne", personne)
			.param("ressenti", retour.ressenti())
			.param("appris", appris)
			.param("aRevoir", aRevoir)
			.param("par", par)
			.param("le", Timestamp.from(clock.instant()))
			.param("remplacer", remplacer)
			.update();
		if (ecrites == 0) {
			throw new ConflitException("conflit.retourDeLaPersonne");
		}
	}

	private LocalDate aujourdhui() {
		return LocalDate.now(clock.withZone(Fuseau.METROPOLE));
	}

	/**
	 * @param ressenti 1 difficile, 2 moyen, 3 bien, 4 très bien
	 */
	public record Retour(Integer ressenti, String appris, String aRevoir) {
	}

	public record MesSeances(String prenom, List<MaSeance> seances) {
	}

	/**
	 * @param ressenti null while the person has said nothing of it
	 */
	public record MaSeance(Long id, String intitule, LocalDate date, LocalTime debut, String parcours,
			Integer ressenti) {
	}

	/**
	 * @param ressentis how many answered difficile, moyen, bien, très bien
	 * @param participants those who hold a seat, and whether they answered
	 */
	public record Synthese(SeanceDuParcours seance, int reponses, List<Long> ressentis, List<String> appris,
			List<String> aRevoir, List<Personne> participants) {
	}

	public record Personne(Long id, String prenom, String nom, boolean repondu) {
	}

}
