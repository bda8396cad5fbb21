package fr.tierslieux.inclusion.beneficiaire;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * A referral is seen by both its sides: the agence that follows the person
 * ({@link Perimetre#JPQL_AGENCE_DE_LA_PERSONNE}) and the binôme that runs the parcours
 * ({@link Perimetre#JPQL_BINOME}).
 */
interface OrientationRepository extends JpaRepository<Orientation, Long> {

	String ORIENTATION_VISIBLE = "(" + Perimetre.JPQL_AGENCE_DE_LA_PERSONNE + " or " + Perimetre.JPQL_BINOME + ")";

	@Query("""
			select o from Orientation o join o.beneficiaire b join o.parcours p join p.binome bi
			where o.id = :id and """ + ORIENTATION_VISIBLE)
	Optional<Orientation> findDansPerimetre(@Param("id") Long id, @Param("tout") boolean tout,
			@Param("regions") Collection<String> regions, @Param("agences") Collection<Long> agences,
			@Param("tiersLieux") Collection<Long> tiersLieux);

	@Query("select count(o) > 0 from Orientation o join o.parcours p join p.binome bi where o.id = :id and "
			+ Perimetre.JPQL_BINOME)
	boolean estDuBinome(@Param("id") Long id, @Param("tout") boolean tout, @Param("regions") Collection<String> regions,
			@Param("agences") Collection<Long> agences, @Param("tiersLieux") Collection<Long> tiersLieux);

	/** The referrals of these people in the given statuses, with their parcours. */
	@Query("""
			select o from Orientation o join fetch o.parcours
			where o.beneficiaire.id in :beneficiaires and o.statut in :statuts""")
	List<Orientation> findOuvertes(@Param("beneficiaires") Collection<Long> beneficiaires,
			@Param("statuts") Collection<OrientationStatut> statuts);

	/** The same, for a perimeter. */
	default Optional<Orientation> findDansPerimetre(Long id, Perimetre perimetre) {
		return findDansPerimetre(id, perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
				perimetre.tiersLieuxOuAucun());
	}

	/** The same, for a perimeter. */
	default boolean estDuBinome(Long id, Perimetre perimetre) {
		return estDuBinome(id, perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
				perimetre.tiersLieuxOuAucun());
	}

}
