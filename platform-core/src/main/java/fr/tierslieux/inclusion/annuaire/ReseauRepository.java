package fr.tierslieux.inclusion.annuaire;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReseauRepository extends JpaRepository<Reseau, Long> {

}
