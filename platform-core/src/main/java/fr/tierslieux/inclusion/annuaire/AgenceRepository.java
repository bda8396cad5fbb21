package fr.tierslieux.inclusion.annuaire;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgenceRepository extends JpaRepository<Agence, Long> {

	Optional<Agence> findByCodeSafir(String codeSafir);

}
