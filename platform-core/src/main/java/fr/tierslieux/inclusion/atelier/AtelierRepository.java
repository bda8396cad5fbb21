package fr.tierslieux.inclusion.atelier;

import org.springframework.data.jpa.repository.JpaRepository;

interface AtelierRepository extends JpaRepository<Atelier, Long> {

}
