package fr.tierslieux.inclusion.beneficiaire;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.Planning;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The sessions of the parcours where a person holds a seat, for their agenda: read by
 * those who follow them (only the referrals each one sees), or by the person through the
 * personal link of their carnet de bord.
 */
@Service
@Transactional(readOnly = true)
public class AgendaDUnePersonne {

	private static final Set<OrientationStatut> INSCRITE = EnumSet.of(OrientationStatut.ACCEPTEE,
			OrientationStatut.EN_PARCOURS);

	private final FicheEnSql fiches;

	private final JdbcClient sql;

	private final PlanningDesSeances planning;

	AgendaDUnePersonne(FicheEnSql fiches, JdbcClient sql, PlanningDesSeances planning) {
		this.fiches = fiches;
		this.sql = sql;
		this.planning = planning;
	}

	/**
	 * @throws IntrouvableException for a person outside the reader's perimeter
	 */
	public List<Planning> agenda(Perimetre qui, Long beneficiaireId) {
		BeneficiaireService.verifierAcces(qui);
		if (fiches.personne(beneficiaireId, qui).isEmpty()) {
			throw new IntrouvableException("Bénéficiaire", beneficiaireId);
		}
		return planning.plannings(fiches.orientations(beneficiaireId, qui)
			.stream()
			.filter(o -> INSCRITE.contains(o.statut()))
			.map(OrientationLigne::parcoursId)
			.toList());
	}

	/** The person's own agenda: every parcours where they hold a seat. */
	public List<Planning> agendaDeLaPersonne(Long beneficiaireId) {
		return planning.plannings(sql.sql("""
				select parcours_id from orientation where beneficiaire_id = :id
				and statut in ('ACCEPTEE', 'EN_PARCOURS')""").param("id", beneficiaireId).query(Long.class).list());
	}

}
