package fr.tierslieux.inclusion.compte;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UtilisateurRepository extends JpaRepository<Utilisateur, Long> {

	@EntityGraph(attributePaths = "rattachements")
	Optional<Utilisateur> findByIdentifiant(String identifiant);

	boolean existsByRole(Role role);

}
