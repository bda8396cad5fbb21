package fr.tierslieux.inclusion.administration.web;

import java.util.EnumMap;
import java.util.Map;

import fr.tierslieux.inclusion.administration.Parametre;

/**
 * The settings form: each setting's value as typed (checked one by one, so that each
 * error goes next to its field) and the version read.
 */
public class ParametresFormData {

	private Map<Parametre, String> valeurs = new EnumMap<>(Parametre.class);

	private Map<Parametre, Long> versions = new EnumMap<>(Parametre.class);

	/** A whole number as a person types it ({@code 50 000}), or null. */
	static Long entier(String saisie) {
		if (saisie == null) {
			return null;
		}
		String chiffres = saisie.replaceAll("[\\s\\u00a0\\u202f]", "");
		return chiffres.matches("[0-9]{1,9}") ? Long.valueOf(chiffres) : null;
	}

	public Map<Parametre, String> getValeurs() {
		return valeurs;
	}

	public void setValeurs(Map<Parametre, String> valeurs) {
		this.valeurs = valeurs;
	}

	public Map<Parametre, Long> getVersions() {
		return versions;
	}

	public void setVersions(Map<Parametre, Long> versions) {
		this.versions = versions;
	}

}
