package fr.tierslieux.inclusion.atelier;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.presence.PresenceStatut;

public interface AtelierRepository extends JpaRepository<Atelier, Long> {

	/**
	 * Ateliers in a perimeter, newest first, with their attendance counted in the same
	 * query.
	 */
	@Query(value = """
			select new fr.tierslieux.inclusion.atelier.AtelierLigne(a.id, a.date, a.heureDebut, a.heureFin,
			       a.intitule, p.intitule, tl.nom, a.lieu, a.type,
			       (select count(pr) from Presence pr where pr.atelier = a),
			       (select count(pr) from Presence pr where pr.atelier = a and pr.statut in :presents))
			from Atelier a join a.parcours p join p.binome b join b.tiersLieu tl join b.vague v
			where :tout = true
			   or tl.id in :tiersLieux
			   or b.agence.id in :agences
			   or v.region.code in :regions
			order by a.date desc, a.heureDebut desc, a.id
			""", countQuery = """
			select count(a)
			from Atelier a join a.parcours p join p.binome b join b.tiersLieu tl join b.vague v
			where :tout = true
			   or tl.id in :tiersLieux
			   or b.agence.id in :agences
			   or v.region.code in :regions
			""")
	Page<AtelierLigne> findLignes(@Param("tout") boolean tout, @Param("regions") Collection<String> regions,
			@Param("agences") Collection<Long> agences, @Param("tiersLieux") Collection<Long> tiersLieux,
			@Param("presents") Collection<PresenceStatut> presents, Pageable pageable);

}
