package fr.tierslieux.inclusion.territoire;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartementRepository extends JpaRepository<Departement, String> {

}
