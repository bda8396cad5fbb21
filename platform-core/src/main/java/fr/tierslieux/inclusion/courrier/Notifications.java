package fr.tierslieux.inclusion.courrier;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail that tells people something happened (their turn in the fiche, a decision on their
 * application). Unlike an invitation, the action stands whether or not the mail leaves:
 * it is sent once the action is committed, and a failure is logged, never shown as an
 * error of the action.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/** Set while records are written that nobody should be told about (demo data). */
	private static final ThreadLocal<Boolean> SILENCE = ThreadLocal.withInitial(() -> false);

	private final Messagerie messagerie;

	private final JdbcClient sql;

	Notifications(Messagerie messagerie, JdbcClient sql) {
		this.messagerie = messagerie;
		this.sql = sql;
	}

	/**
	 * The active accounts of an agence or a tiers-lieu: the people a notification to "the
	 * agence" or "the tiers-lieu" reaches.
	 */
	public List<String> adressesDeLAgence(Long agenceId) {
		return sql.sql("""
				select u.identifiant from utilisateur u join rattachement r on r.utilisateur_id = u.id
				where r.agence_id = :id and u.actif order by 1""").param("id", agenceId).query(String.class).list();
	}

	public List<String> adressesDuTiersLieu(Long tiersLieuId) {
		return sql.sql("""
				select u.identifiant from utilisateur u join rattachement r on r.utilisateur_id = u.id
				where r.tiers_lieu_id = :id and u.actif order by 1""")
			.param("id", tiersLieuId)
			.query(String.class)
			.list();
	}

	/** Runs the work without notifying anybody of what it does. */
	public static void enSilence(Runnable travail) {
		SILENCE.set(true);
		try {
			travail.run();
		}
		finally {
			SILENCE.remove();
		}
	}

	/**
	 * Sends to each address after the current transaction commits (at once without one).
	 */
	public void apresValidation(List<String> destinataires, String sujet, String texte) {
		if (SILENCE.get()) {
			return;
		}
		Runnable envoi = () -> destinataires.forEach(destinataire -> {
			try {
				messagerie.envoyer(new Courriel(destinataire, sujet, texte));
			}
			catch (EnvoiImpossibleException ex) {
				log.warn("Notification « {} » non envoyée à un destinataire", sujet);
			}
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					envoi.run();
				}
			});
		}
		else {
			envoi.run();
		}
	}

}
