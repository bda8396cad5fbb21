package fr.tierslieux.inclusion.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records accesses to personal data. The line is written in the caller's own transaction:
 * if it cannot be written, the caller's read fails too (no page without its audit line),
 * and a request never holds two pooled connections at once.
 */
@Service
public class AuditService {

	public static final String LECTURE = "LECTURE";

	private final JournalAuditRepository journal;

	private final Clock clock;

	AuditService(JournalAuditRepository journal, Clock clock) {
		this.journal = journal;
		this.clock = clock;
	}

	/** Must be called inside the read-write transaction that reads the personal data. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void journaliser(String auteur, String action, String objetType, Long objetId) {
		journal.save(new JournalAudit(auteur, action, objetType, objetId, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<JournalAudit> historique(String objetType, Long objetId) {
		return journal.findByObjetTypeAndObjetIdOrderBySurvenuLeDescIdDesc(objetType, objetId);
	}

}
