package fr.tierslieux.inclusion.beneficiaire;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Writes of bénéficiaires. Their reads are in SQL scoped by the rule of ADR 0005
 * ({@link ListeDesBeneficiaires}, {@link FicheEnSql}).
 */
interface BeneficiaireRepository extends JpaRepository<Beneficiaire, Long> {

}
