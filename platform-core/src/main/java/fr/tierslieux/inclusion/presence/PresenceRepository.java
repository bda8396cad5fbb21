package fr.tierslieux.inclusion.presence;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.compte.Perimetre;

interface PresenceRepository extends JpaRepository<Presence, Long> {

	/** [atelier id, people on the sheet, people present] */
	@Query("""
			select pr.atelier.id, count(pr), sum(case when pr.statut in :presents then 1 else 0 end)
			from Presence pr where pr.atelier.id in :ateliers group by pr.atelier.id
			""")
	List<Object[]> compterParAtelier(@Param("ateliers") Collection<Long> ateliers,
			@Param("presents") Collection<PresenceStatut> presents);

	/**
	 * [bénéficiaire id, ateliers attended] counting only the ateliers the reader may see:
	 * those of a binôme in scope, or any of a person the reader's agence follows.
	 */
	@Query("""
			select b.id, count(pr)
			from Presence pr join pr.beneficiaire b join pr.atelier a join a.parcours p join p.binome bi
			where b.id in :beneficiaires and pr.statut in :presents
			  and (""" + Perimetre.JPQL_AGENCE_DE_LA_PERSONNE + " or " + Perimetre.JPQL_BINOME + """
			) group by b.id
			""")
	List<Object[]> compterParBeneficiaire(@Param("beneficiaires") Collection<Long> beneficiaires,
			@Param("presents") Collection<PresenceStatut> presents, @Param("tout") boolean tout,
			@Param("regions") Collection<String> regions, @Param("agences") Collection<Long> agences,
			@Param("tiersLieux") Collection<Long> tiersLieux);

	/** [parcours id, ateliers of the parcours, those the person attended] */
	@Query("""
			select p.id, (select count(a) from Atelier a where a.parcours = p),
			       (select count(pr) from Presence pr join pr.atelier a2
			        where a2.parcours = p and pr.beneficiaire.id = :beneficiaire and pr.statut in :presents)
			from Parcours p where p.id in :parcours
			""")
	List<Object[]> assiduite(@Param("beneficiaire") Long beneficiaire, @Param("parcours") Collection<Long> parcours,
			@Param("presents") Collection<PresenceStatut> presents);

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
	default List<Object[]> compterParBeneficiaire(Collection<Long> beneficiaires, Collection<PresenceStatut> presents,
			Perimetre perimetre) {
		return compterParBeneficiaire(beneficiaires, presents, perimetre.voitTout(), perimetre.regionsOuAucune(),
				perimetre.agencesOuAucune(), perimetre.tiersLieuxOuAucun());
	}

	/** The same, for a perimeter. */
	default boolean atelierDuPerimetre(Long atelier, Perimetre perimetre) {
		return atelierDuPerimetre(atelier, perimetre.voitTout(), perimetre.regionsOuAucune(),
				perimetre.agencesOuAucune(), perimetre.tiersLieuxOuAucun());
	}

}
