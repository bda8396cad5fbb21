package fr.tierslieux.inclusion.compte;

import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.scoring.Result;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.commun.SaisieRefuseeException;

/**
 * What a password chosen for a real account must be (OWASP ASVS 5.0, 6.2): at least
 * {@value #LONGUEUR_MINIMALE} characters, not a known leaked password (nor one of its
 * spellings: capitals, digits for letters, reversed), not guessable in a few attempts by
 * its structure (nbvcxz, offline, with its lists of leaked passwords and words), never
 * the demo accounts' password, and not the account's own identifier.
 */
@Component
public class PolitiqueDesMotsDePasse {

	/** ASVS 5.0, 6.2.1. */
	public static final int LONGUEUR_MINIMALE = 12;

	public static final int LONGUEUR_MAXIMALE = 128;

	private static final String FUITES = "passwords";

	/** Its dictionaries are loaded at the first password checked, not at start-up. */
	private volatile Nbvcxz estimation;

	private final String motDePasseDeDemo;

	PolitiqueDesMotsDePasse(@Value("${plateforme.demo.mot-de-passe:demo}") String motDePasseDeDemo) {
		this.motDePasseDeDemo = motDePasseDeDemo;
	}

	/**
	 * @param identifiant the account's e-mail, whose name part the password must not be
	 * @throws SaisieRefuseeException on the field {@code motDePasse}, saying why
	 */
	public void verifier(String motDePasse, String identifiant) {
		if (motDePasse == null || motDePasse.codePointCount(0, motDePasse.length()) < LONGUEUR_MINIMALE) {
			throw new SaisieRefuseeException("motDePasse", "motDePasse.court", LONGUEUR_MINIMALE);
		}
		if (motDePasse.length() > LONGUEUR_MAXIMALE) {
			throw new SaisieRefuseeException("motDePasse", "motDePasse.long", LONGUEUR_MAXIMALE);
		}
		if (motDePasse.equals(motDePasseDeDemo)) {
			throw new SaisieRefuseeException("motDePasse", "motDePasse.demo");
		}
		String nom = identifiant == null ? "" : identifiant.split("@")[0].toLowerCase(Locale.ROOT);
		if (nom.length() >= 4 && motDePasse.toLowerCase(Locale.ROOT).contains(nom)) {
			throw new SaisieRefuseeException("motDePasse", "motDePasse.identifiant");
		}
		Result resultat = estimation().estimate(motDePasse);
		if (fuite(resultat, motDePasse)) {
			throw new SaisieRefuseeException("motDePasse", "motDePasse.fuite");
		}
		if (!resultat.isMinimumEntropyMet()) {
			throw new SaisieRefuseeException("motDePasse", "motDePasse.previsible");
		}
	}

	private Nbvcxz estimation() {
		Nbvcxz lue = estimation;
		if (lue == null) {
			synchronized (this) {
				if (estimation == null) {
					estimation = new Nbvcxz();
				}
				lue = estimation;
			}
		}
		return lue;
	}

	/** The whole password is a leaked one, however it is spelt. */
	private static boolean fuite(Result resultat, String motDePasse) {
		return resultat.getMatches()
			.stream()
			.anyMatch(m -> m instanceof DictionaryMatch d && FUITES.equals(d.getDictionaryName())
					&& d.getToken().length() == motDePasse.length());
	}

}
