package fr.tierslieux.inclusion.annuaire;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TiersLieuRepository extends JpaRepository<TiersLieu, Long> {

	Optional<TiersLieu> findByNom(String nom);

}
