package fr.tierslieux.inclusion.audit.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.web.proconnect.AgentProConnect;

/**
 * Logins (by password or through ProConnect), failed logins (with the identifier typed,
 * known or not) and logouts, in the audit trail with their address.
 */
@Component
class JournalDesConnexions {

	private final AuditService audit;

	JournalDesConnexions(AuditService audit) {
		this.audit = audit;
	}

	@EventListener
	void connexion(AuthenticationSuccessEvent event) {
		Object principal = event.getAuthentication().getPrincipal();
		if (principal instanceof AgentProConnect agent) {
			audit.noter(agent.getName(), "CONNEXION", "COMPTE", agent.connecte().id(), "ProConnect");
			return;
		}
		Long compte = principal instanceof Connecte moi ? moi.id() : null;
		audit.noter(event.getAuthentication().getName(), "CONNEXION", "COMPTE", compte, null);
	}

	/**
	 * The identifier as typed, cut to what an identifier can be. A ProConnect failure is
	 * written by its own handler, which knows the e-mail: the password provider's "not
	 * mine" that follows it is no failed login.
	 */
	@EventListener
	void echec(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
			return;
		}
		String saisi = String.valueOf(event.getAuthentication().getName());
		audit.noter(saisi.length() <= 150 ? saisi : saisi.substring(0, 150), "CONNEXION_ECHOUEE", "COMPTE", null,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void deconnexion(LogoutSuccessEvent event) {
		audit.noter(event.getAuthentication().getName(), "DECONNEXION", "COMPTE", null, null);
	}

}
