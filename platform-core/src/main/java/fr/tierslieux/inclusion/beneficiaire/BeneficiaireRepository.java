package fr.tierslieux.inclusion.beneficiaire;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.presence.PresenceStatut;

/**
 * Every query here takes the perimeter's parts: a bénéficiaire is visible to the whole
 * platform (admin), to the régions of its agence (coordinateur), to its agence
 * (conseiller) and to the tiers-lieux it is oriented to (facilitateur).
 */
public interface BeneficiaireRepository extends JpaRepository<Beneficiaire, Long> {

	String DANS_LE_PERIMETRE = """
			(:tout = true
			 or ag.id in :agences
			 or ag.departement.region.code in :regions
			 or exists (select 1 from Orientation o join o.parcours p join p.binome bi
			            where o.beneficiaire = b and bi.tiersLieu.id in :tiersLieux))
			""";

	@Query(value = """
			select new fr.tierslieux.inclusion.beneficiaire.BeneficiaireLigne(b.id, b.nom, b.prenom, ag.nom,
			       b.profil, b.avecPrerequis,
			       (select count(o) from Orientation o where o.beneficiaire = b),
			       (select count(pr) from Presence pr where pr.beneficiaire = b and pr.statut in :presents))
			from Beneficiaire b join b.agence ag
			where """ + DANS_LE_PERIMETRE + """
			  and (:motif = '' or lower(b.nom) like :motif or lower(b.prenom) like :motif)
			order by lower(b.nom), lower(b.prenom), b.id
			""", countQuery = """
			select count(b) from Beneficiaire b join b.agence ag
			where """ + DANS_LE_PERIMETRE + """
			  and (:motif = '' or lower(b.nom) like :motif or lower(b.prenom) like :motif)
			""")
	Page<BeneficiaireLigne> findLignes(@Param("tout") boolean tout, @Param("regions") Collection<String> regions,
			@Param("agences") Collection<Long> agences, @Param("tiersLieux") Collection<Long> tiersLieux,
			@Param("motif") String motif, @Param("presents") Collection<PresenceStatut> presents, Pageable pageable);

	@Query("""
			select b from Beneficiaire b join fetch b.agence ag left join fetch b.conseiller
			where b.id = :id and """ + DANS_LE_PERIMETRE)
	Optional<Beneficiaire> findDansPerimetre(@Param("id") Long id, @Param("tout") boolean tout,
			@Param("regions") Collection<String> regions, @Param("agences") Collection<Long> agences,
			@Param("tiersLieux") Collection<Long> tiersLieux);

	@Query("""
			select new fr.tierslieux.inclusion.beneficiaire.OrientationLigne(o.id, p.intitule, tl.nom, o.statut,
			       o.orienteeLe,
			       (select count(pr) from Presence pr join pr.atelier a
			        where pr.beneficiaire = o.beneficiaire and a.parcours = p and pr.statut in :presents),
			       (select count(a) from Atelier a where a.parcours = p))
			from Orientation o join o.parcours p join p.binome bi join bi.tiersLieu tl
			where o.beneficiaire.id = :beneficiaireId
			order by o.orienteeLe desc
			""")
	List<OrientationLigne> findOrientations(@Param("beneficiaireId") Long beneficiaireId,
			@Param("presents") Collection<PresenceStatut> presents);

}
