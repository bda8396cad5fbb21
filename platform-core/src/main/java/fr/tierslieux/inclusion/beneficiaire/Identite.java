package fr.tierslieux.inclusion.beneficiaire;

import java.time.LocalDate;
import java.util.Locale;

import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;

/**
 * Who a person is and how to reach them, as a counsellor types it: at a referral, and
 * when the person asks for a correction. The same rules hold for both.
 */
public record Identite(String nom, String prenom, Integer anneeNaissance, String email, String telephone,
		String identifiantFt) {

	/**
	 * Checks what the form cannot: a way to reach the person, a France Travail identifier
	 * of the right shape, a plausible year of birth.
	 * @throws SaisieRefuseeException naming the field to correct
	 */
	public void verifier(LocalDate aujourdhui) {
		if (emailPropre() == null && telephonePropre() == null) {
			throw new SaisieRefuseeException("email", "orienter.contactObligatoire");
		}
		String identifiant = identifiantPropre();
		if (identifiant != null && !identifiant.matches("[0-9]{7}[0-9A-Z]{1,4}")) {
			throw new SaisieRefuseeException("identifiantFt", "orienter.identifiantFtInvalide");
		}
		if (anneeNaissance != null && (anneeNaissance > aujourdhui.getYear() - 15 || anneeNaissance < 1920)) {
			throw new SaisieRefuseeException("anneeNaissance", "orienter.anneeImprobable");
		}
	}

	public String nomPropre() {
		return Saisie.nettoyer(nom, 100);
	}

	public String prenomPropre() {
		return Saisie.nettoyer(prenom, 100);
	}

	/** The address as typed, without blanks; null when none. */
	public String emailPropre() {
		String propre = Saisie.nettoyer(email, 200);
		return propre.isEmpty() ? null : propre;
	}

	/**
	 * Digits only (and a leading +): {@code 06 12 34 56 78} and {@code 0612345678} match;
	 * null when none.
	 */
	public String telephonePropre() {
		String propre = chiffres(telephone);
		return propre.isEmpty() ? null : propre;
	}

	/** In capitals; null when none. */
	public String identifiantPropre() {
		String propre = Saisie.nettoyer(identifiantFt, 11).toUpperCase(Locale.ROOT);
		return propre.isEmpty() ? null : propre;
	}

	static String chiffres(String telephone) {
		return Saisie.nettoyer(telephone, 20).replaceAll("[^0-9+]", "");
	}

}
