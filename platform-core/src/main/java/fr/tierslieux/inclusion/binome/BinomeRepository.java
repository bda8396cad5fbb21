package fr.tierslieux.inclusion.binome;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BinomeRepository extends JpaRepository<Binome, Long> {

}
