package fr.tierslieux.inclusion.progression;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.beneficiaire.BeneficiaireFiche;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationLigne;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * The end of a parcours with the person: whether they feel able to build a new project
 * and to use what they acquired in their professional project (the same valuing scale as
 * the criteria), and the "rebonds": the local resource places of the directory they are
 * sent on to, which the counsellor sees on the person's page.
 */
@Service
@Transactional(readOnly = true)
public class FinDeParcours {

	public static final int COMMENTAIRE_MAX = 1000;

	public static final int MOTIF_MAX = 300;

	/** Referrals whose end may be assessed: running or over. */
	private static final Set<OrientationStatut> EN_FIN = Set.of(OrientationStatut.EN_PARCOURS,
			OrientationStatut.TERMINEE, OrientationStatut.ABANDON);

	private final JdbcClient sql;

	private final BeneficiaireService beneficiaires;

	private final Clock clock;

	FinDeParcours(JdbcClient sql, BeneficiaireService beneficiaires, Clock clock) {
		this.sql = sql;
		this.beneficiaires = beneficiaires;
		this.clock = clock;
	}

	/** For each referral of a person's page already read: its assessment and rebonds. */
	public Map<Long, Fin> fins(BeneficiaireFiche fiche) {
		List<Long> ids = fiche.orientations()
			.stream()
			.filter(o -> EN_FIN.contains(o.statut()))
			.map(OrientationLigne::id)
			.toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Bilan> bilans = new HashMap<>();
		sql.sql("""
				select orientation_id, nouveau_projet, competences_projet, commentaire, ecrit_par from bilan_fin_parcours
				where orientation_id in (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				bilans.put(rs.getLong(1), new Bilan(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
			});
		Map<Long, List<Rebond>> rebonds = new HashMap<>();
		sql.sql("""
				select r.orientation_id, t.id, t.nom, t.commune, r.motif, r.propose_par from rebond r
				join tiers_lieu t on t.id = r.lieu_id where r.orientation_id in (:ids) order by r.id""")
			.param("ids", ids)
			.query(rs -> {
				rebonds.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Rebond(new Lieu(rs.getLong(2), rs.getString(3), rs.getString(4)), rs.getString(5),
							rs.getString(6)));
			});
		Map<Long, Fin> fins = new HashMap<>();
		ids.forEach(id -> fins.put(id,
				new Fin(Optional.ofNullable(bilans.get(id)), rebonds.getOrDefault(id, List.of()), lieux(id))));
		return fins;
	}

	/**
	 * The places of the directory near the parcours (its tiers-lieu's département), the
	 * tiers-lieu itself excepted.
	 */
	private List<Lieu> lieux(Long orientationId) {
		return sql
			.sql("""
					select t.id, t.nom, t.commune from tiers_lieu t
					where t.departement_code = (select tl.departement_code from orientation o
					                            join parcours p on p.id = o.parcours_id join binome bi on bi.id = p.binome_id
					                            join tiers_lieu tl on tl.id = bi.tiers_lieu_id where o.id = :orientation)
					  and t.id <> (select bi.tiers_lieu_id from orientation o join parcours p on p.id = o.parcours_id
					               join binome bi on bi.id = p.binome_id where o.id = :orientation)
					order by t.nom, t.id limit 300""")
			.param("orientation", orientationId)
			.query((rs, n) -> new Lieu(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * @throws SaisieRefuseeException field {@code nouveauProjet} or
	 * {@code competencesProjet} without an answer of the scale
	 */
	@Transactional
	public void evaluer(Perimetre qui, Long beneficiaireId, Long orientationId, Integer nouveauProjet,
			Integer competencesProjet, String commentaire) {
		verifier(qui, beneficiaireId, orientationId);
		if (nouveauProjet == null || nouveauProjet < 1 || nouveauProjet > 4) {
			throw new SaisieRefuseeException("nouveauProjet", "fin.reponseManquante");
		}
		if (competencesProjet == null || competencesProjet < 1 || competencesProjet > 4) {
			throw new SaisieRefuseeException("competencesProjet", "fin.reponseManquante");
		}
		sql.sql("""
				insert into bilan_fin_parcours (orientation_id, nouveau_projet, competences_projet, commentaire,
				                                ecrit_par, ecrit_le)
				values (:orientation, :projet, :competences, :commentaire, :par, :le)
				on conflict (orientation_id) do update set nouveau_projet = excluded.nouveau_projet,
				  competences_projet = excluded.competences_projet, commentaire = excluded.commentaire,
				  ecrit_par = excluded.ecrit_par, ecrit_le = excluded.ecrit_le""")
			.param("orientation", orientationId)
			.param("projet", nouveauProjet)
			.param("competences", competencesProjet)
			.param("commentaire", Saisie.nettoyerParagraphes(commentaire, COMMENTAIRE_MAX))
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * @throws SaisieRefuseeException field {@code lieu}: none, not one of the places
	 * proposed, or already chosen
	 */
	@Transactional
	public void orienterVers(Perimetre qui, Long beneficiaireId, Long orientationId, Long lieuId, String motif) {
		verifier(qui, beneficiaireId, orientationId);
		if (lieuId == null || lieux(orientationId).stream().noneMatch(l -> l.id().equals(lieuId))) {
			throw new SaisieRefuseeException("lieu", "fin.lieuInconnu");
		}
		String propre = Saisie.nettoyer(motif, MOTIF_MAX);
		int ajoutes = sql.sql("""
				insert into rebond (orientation_id, lieu_id, motif, propose_par, propose_le)
				values (:orientation, :lieu, :motif, :par, :le) on conflict do nothing""")
			.param("orientation", orientationId)
			.param("lieu", lieuId)
			.param("motif", propre.isEmpty() ? null : propre)
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.update();
		if (ajoutes == 0) {
			throw new SaisieRefuseeException("lieu", "fin.dejaPropose");
		}
	}

	private void verifier(Perimetre qui, Long beneficiaireId, Long orientationId) {
		if (qui.role() != Role.CONSEILLER && qui.role() != Role.FACILITATEUR) {
			throw new AccesRefuseException("ceux qui suivent la personne font le bilan de fin de parcours");
		}
		BeneficiaireFiche fiche = beneficiaires.fiche(qui, beneficiaireId);
		if (fiche.orientations().stream().noneMatch(o -> o.id().equals(orientationId) && EN_FIN.contains(o.statut()))) {
			throw new IntrouvableException("orientation", orientationId);
		}
	}

	/**
	 * @param lieux the places the person may be sent on to
	 */
	public record Fin(Optional<Bilan> bilan, List<Rebond> rebonds, List<Lieu> lieux) {
	}

	/** Answers on the 1–4 scale of the criteria. */
	public record Bilan(int nouveauProjet, int competencesProjet, String commentaire, String ecritPar) {
	}

	public record Rebond(Lieu lieu, String motif, String proposePar) {
	}

	public record Lieu(Long id, String nom, String commune) {
	}

}
