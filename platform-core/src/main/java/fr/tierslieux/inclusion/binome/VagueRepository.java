package fr.tierslieux.inclusion.binome;

import org.springframework.data.jpa.repository.JpaRepository;

interface VagueRepository extends JpaRepository<Vague, Long> {

	boolean existsByNom(String nom);

}
