package fr.tierslieux.inclusion.parcours;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParcoursRepository extends JpaRepository<Parcours, Long> {

}
