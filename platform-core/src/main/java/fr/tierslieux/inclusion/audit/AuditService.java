package fr.tierslieux.inclusion.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records accesses to personal data in a transaction of their own, so that reads are
 * logged too.
 */
@Service
public class AuditService {

	public static final String LECTURE = "LECTURE";

	private final JournalAuditRepository journal;

	AuditService(JournalAuditRepository journal) {
		this.journal = journal;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void journaliser(String auteur, String action, String objetType, Long objetId) {
		journal.save(new JournalAudit(auteur, action, objetType, objetId));
	}

	@Transactional(readOnly = true)
	public List<JournalAudit> historique(String objetType, Long objetId) {
		return journal.findByObjetTypeAndObjetIdOrderBySurvenuLeDesc(objetType, objetId);
	}

}
