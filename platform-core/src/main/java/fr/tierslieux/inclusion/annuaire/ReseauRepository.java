package fr.tierslieux.inclusion.annuaire;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReseauRepository extends JpaRepository<Reseau, Long> {

}
