package fr.tierslieux.inclusion.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;

/**
 * A signed-in person refused a page (403) or a record outside their perimeter (404): a
 * line of the audit trail, with the address asked for.
 */
@Component
class AccesRefusesAuJournal {

	private final AuditService audit;

	AccesRefusesAuJournal(AuditService audit) {
		this.audit = audit;
	}

	void noter(HttpServletRequest request, int statut) {
		Authentication qui = SecurityContextHolder.getContext().getAuthentication();
		if (qui != null && qui.getPrincipal() instanceof Connecte moi) {
			audit.noter(moi.identifiant(), "ACCES_REFUSE", "PAGE", null, statut + " " + request.getMethod() + " "
					+ UrlPathHelper.defaultInstance.getPathWithinApplication(request));
		}
	}

}
