package fr.tierslieux.inclusion.binome;

import java.util.List;
import java.util.Optional;

import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.commun.Transition;
import fr.tierslieux.inclusion.compte.Perimetre;

interface BinomeRepository extends JpaRepository<Binome, Long> {

	@Query("select bi from Binome bi where bi.id = :id and " + Perimetre.JPQL_BINOME)
	Optional<Binome> findDansPerimetre(@Param("id") Long id, @Param("tout") boolean tout,
			@Param("regions") Collection<String> regions, @Param("agences") Collection<Long> agences,
			@Param("tiersLieux") Collection<Long> tiersLieux);

	@Query("""
			select new fr.tierslieux.inclusion.commun.Transition(t.de, t.vers, t.auteur, t.motif, t.survenueLe)
			from BinomeTransition t where t.binome.id = :binomeId order by t.survenueLe, t.id
			""")
	List<Transition<Phase>> findTransitions(@Param("binomeId") Long binomeId);

	boolean existsByVagueIdAndAgenceIdAndTiersLieuId(Long vagueId, Long agenceId, Long tiersLieuId);

	/** The same, for a perimeter. */
	default Optional<Binome> findDansPerimetre(Long id, Perimetre perimetre) {
		return findDansPerimetre(id, perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
				perimetre.tiersLieuxOuAucun());
	}

}
