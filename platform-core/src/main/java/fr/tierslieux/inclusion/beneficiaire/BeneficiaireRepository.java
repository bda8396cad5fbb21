package fr.tierslieux.inclusion.beneficiaire;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * Every query here takes the perimeter's parts. A referral is seen by both its sides: the
 * agence that follows the person ({@link Perimetre#JPQL_AGENCE_DE_LA_PERSONNE}) and the
 * binôme that runs the parcours ({@link Perimetre#JPQL_BINOME}). A person is seen by
 * whoever sees one of their referrals, or follows them.
 */
interface BeneficiaireRepository extends JpaRepository<Beneficiaire, Long> {

	String ORIENTATION_VISIBLE = "(" + Perimetre.JPQL_AGENCE_DE_LA_PERSONNE + " or " + Perimetre.JPQL_BINOME + ")";

	String PERSONNE_VISIBLE = "(" + Perimetre.JPQL_AGENCE_DE_LA_PERSONNE + """
			or exists (select 1 from Orientation o join o.parcours p join p.binome bi
			           where o.beneficiaire = b and """ + Perimetre.JPQL_BINOME + "))";

	@Query("""
			select b from Beneficiaire b join fetch b.agence ag left join fetch b.conseiller
			where b.id = :id and """ + PERSONNE_VISIBLE)
	Optional<Beneficiaire> findDansPerimetre(@Param("id") Long id, @Param("tout") boolean tout,
			@Param("regions") Collection<String> regions, @Param("agences") Collection<Long> agences,
			@Param("tiersLieux") Collection<Long> tiersLieux);

	/** The person's referrals the reader may see, newest first. */
	@Query("""
			select new fr.tierslieux.inclusion.beneficiaire.OrientationLigne(o.id, p.id, p.intitule, tl.nom, o.statut,
			       o.orienteeLe, o.version, case when """ + Perimetre.JPQL_BINOME + """
			        then true else false end)
			from Orientation o join o.beneficiaire b join o.parcours p join p.binome bi join bi.tiersLieu tl
			where b.id = :beneficiaireId and """ + ORIENTATION_VISIBLE + """
			 order by o.orienteeLe desc, o.id desc
			""")
	List<OrientationLigne> findOrientations(@Param("beneficiaireId") Long beneficiaireId, @Param("tout") boolean tout,
			@Param("regions") Collection<String> regions, @Param("agences") Collection<Long> agences,
			@Param("tiersLieux") Collection<Long> tiersLieux);

	@Query("""
			select new fr.tierslieux.inclusion.beneficiaire.BeneficiaireRepository$TransitionDe(t.orientation.id,
			       t.de, t.vers, t.auteur, t.motif, t.survenueLe)
			from OrientationTransition t where t.orientation.id in :orientations order by t.survenueLe, t.id
			""")
	List<TransitionDe> findTransitions(@Param("orientations") Collection<Long> orientations);

	/** A line of an orientation's timeline, with the orientation it belongs to. */
	record TransitionDe(Long orientationId, OrientationStatut de, OrientationStatut vers, String auteur, String motif,
			Instant survenueLe) {
	}

	/** The same, for a perimeter. */
	default Optional<Beneficiaire> findDansPerimetre(Long id, Perimetre perimetre) {
		return findDansPerimetre(id, perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
				perimetre.tiersLieuxOuAucun());
	}

	/** The same, for a perimeter. */
	default List<OrientationLigne> findOrientations(Long beneficiaireId, Perimetre perimetre) {
		return findOrientations(beneficiaireId, perimetre.voitTout(), perimetre.regionsOuAucune(),
				perimetre.agencesOuAucune(), perimetre.tiersLieuxOuAucun());
	}

}
