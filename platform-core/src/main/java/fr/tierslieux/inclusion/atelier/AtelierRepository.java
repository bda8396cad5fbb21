package fr.tierslieux.inclusion.atelier;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import fr.tierslieux.inclusion.compte.Perimetre;

interface AtelierRepository extends JpaRepository<Atelier, Long> {

	/** Ateliers of the binômes in a perimeter, newest first. */
	@Query(value = """
			select new fr.tierslieux.inclusion.atelier.AtelierLigne(a.id, a.date, a.heureDebut, a.heureFin,
			       a.intitule, p.intitule, tl.nom, a.lieu, a.type)
			from Atelier a join a.parcours p join p.binome bi join bi.tiersLieu tl
			where """ + Perimetre.JPQL_BINOME + """
			order by a.date desc, a.heureDebut desc, a.id
			""", countQuery = """
			select count(a) from Atelier a join a.parcours p join p.binome bi
			where """ + Perimetre.JPQL_BINOME)
	Page<AtelierLigne> findLignes(@Param("tout") boolean tout, @Param("regions") Collection<String> regions,
			@Param("agences") Collection<Long> agences, @Param("tiersLieux") Collection<Long> tiersLieux,
			Pageable pageable);

	/** The same, for a perimeter. */
	default Page<AtelierLigne> findLignes(Perimetre perimetre, Pageable pageable) {
		return findLignes(perimetre.voitTout(), perimetre.regionsOuAucune(), perimetre.agencesOuAucune(),
				perimetre.tiersLieuxOuAucun(), pageable);
	}

}
