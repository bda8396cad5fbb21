package fr.tierslieux.inclusion.droits.web;

import fr.tierslieux.inclusion.beneficiaire.Identite;
import fr.tierslieux.inclusion.beneficiaire.web.IdentiteFormData;

/**
 * The correction a person asked for, filled from their record; the version is the one the
 * form was filled from.
 */
public class RectificationFormData extends IdentiteFormData {

	private long version;

	static RectificationFormData depuis(long version, Identite identite) {
		RectificationFormData formulaire = new RectificationFormData();
		formulaire.version = version;
		formulaire.remplir(identite);
		return formulaire;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
