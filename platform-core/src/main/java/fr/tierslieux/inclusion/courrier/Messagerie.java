package fr.tierslieux.inclusion.courrier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends mail through the SMTP server of {@code spring.mail.*} ({@code MAIL_HOST},
 * {@code MAIL_PORT}; Mailpit in docker-compose, GreenMail in the tests). Sending happens
 * inside the caller's transaction, on purpose: an invitation whose mail could not leave
 * is not recorded, and the user is told to try again.
 */
@Service
public class Messagerie {

	private static final Logger log = LoggerFactory.getLogger(Messagerie.class);

	private final ObjectProvider<JavaMailSender> envoi;

	private final String expediteur;

	Messagerie(ObjectProvider<JavaMailSender> envoi,
			@Value("${plateforme.courriel.expediteur:plateforme@inclusion-numerique.invalid}") String expediteur) {
		this.envoi = envoi;
		this.expediteur = expediteur;
	}

	public void envoyer(Courriel courriel) {
		JavaMailSender serveur = envoi.getIfAvailable();
		if (serveur == null) {
			throw new EnvoiImpossibleException("Aucun serveur SMTP configuré (spring.mail.host)", null);
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(expediteur);
		message.setTo(courriel.destinataire());
		message.setSubject(courriel.sujet());
		message.setText(courriel.texte());
		try {
			serveur.send(message);
		}
		catch (MailException ex) {
			log.warn("Courriel « {} » non envoyé : {}", courriel.sujet(), ex.getMessage());
			throw new EnvoiImpossibleException("Courriel non envoyé", ex);
		}
	}

}
