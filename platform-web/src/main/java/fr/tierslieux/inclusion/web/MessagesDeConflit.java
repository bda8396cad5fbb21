package fr.tierslieux.inclusion.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.ConflitException;

/**
 * The French sentence of a conflict ({@code ${@messagesDeConflit.texte(conflit)}}); its
 * arguments are message keys themselves (a status, a phase), translated first.
 */
@Component("messagesDeConflit")
public class MessagesDeConflit {

	private static final Locale FR = Locale.FRANCE;

	private final MessageSource messages;

	MessagesDeConflit(MessageSource messages) {
		this.messages = messages;
	}

	public String texte(ConflitException conflit) {
		Object[] arguments = Arrays.stream(conflit.arguments())
			.map(a -> a instanceof String cle ? messages.getMessage(cle, null, cle, FR) : a)
			.toArray();
		return messages.getMessage(conflit.codeMessage(), arguments, FR);
	}

}
