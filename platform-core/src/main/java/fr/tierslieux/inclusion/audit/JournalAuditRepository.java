package fr.tierslieux.inclusion.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JournalAuditRepository extends JpaRepository<JournalAudit, Long> {

	List<JournalAudit> findByObjetTypeAndObjetIdOrderBySurvenuLeDescIdDesc(String objetType, Long objetId);

}
