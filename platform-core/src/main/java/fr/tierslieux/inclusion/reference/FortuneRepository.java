package fr.tierslieux.inclusion.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface FortuneRepository extends JpaRepository<Fortune, Integer> {

}
