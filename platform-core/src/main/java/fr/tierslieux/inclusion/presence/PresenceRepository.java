package fr.tierslieux.inclusion.presence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.compte.Perimetre;

interface PresenceRepository extends JpaRepository<Presence, Long> {

	/**
	 * Who came to one atelier of its parcours now counts as having followed the parcours.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into participation (parcours_id, beneficiaire_id)
			select distinct a.parcours_id, pr.beneficiaire_id from presence pr join atelier a on a.id = pr.atelier_id
			where a.id = :atelier and pr.statut in (:presents)
			on conflict do nothing
			""")
	void ajouterParticipations(@Param("atelier") Long atelier, @Param("presents") Collection<String> presents);

	/**
	 * A sheet corrected to absent: the person no longer counts unless they came another
	 * day.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			delete from participation pa
			where pa.parcours_id = (select parcours_id from atelier where id = :atelier)
			  and not exists (select 1 from presence pr join atelier a on a.id = pr.atelier_id
			                  where a.parcours_id = pa.parcours_id and pr.beneficiaire_id = pa.beneficiaire_id
			                    and pr.statut in (:presents))
			""")
	void retirerParticipations(@Param("atelier") Long atelier, @Param("presents") Collection<String> presents);

	@Query("select pr from Presence pr where pr.atelier.id = :atelier")
	List<Presence> findFeuille(@Param("atelier") Long atelier);

	@Query("select count(a) > 0 from Atelier a join a.parcours p join p.binome bi where a.id = :atelier and "
			+ Perimetre.JPQL_BINOME)
	boolean atelierDuPerimetre(@Param("atelier") Long atelier, @Param("tout") boolean tout,
			@Param("regions") Collection<String> regions, @Param("agences") Collection<Long> agences,
			@Param("tiersLieux") Collection<Long> tiersLieux);

	/** The same, for a perimeter. */
	default boolean atelierDuPerimetre(Long atelier, Perimetre perimetre) {
		return atelierDuPerimetre(atelier, perimetre.voitTout(), perimetre.regionsOuAucune(),
				perimetre.agencesOuAucune(), perimetre.tiersLieuxOuAucun());
	}

}
