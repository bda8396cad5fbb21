package fr.tierslieux.inclusion.parcours;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParcoursRepository extends JpaRepository<Parcours, Long> {

}
