package fr.tierslieux.inclusion.beneficiaire;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrientationRepository extends JpaRepository<Orientation, Long> {

}
