package fr.tierslieux.inclusion.binome;

import java.util.Arrays;
import java.util.List;

/**
 * The guide's key success factors ("Les facteurs clés de succès"), which both referents
 * tick as their binôme meets them. Their French wording is in the messages.
 */
public enum FacteurDeSucces {

	CIBLAGE_COHERENT(Moment.AVANT), PROXIMITE_ET_INTERCONNAISSANCE(Moment.AVANT),
	OUTILS_POUR_LES_CONSEILLERS(Moment.AVANT), DISPONIBILITE_DES_CONSEILLERS(Moment.AVANT),
	TEMPS_D_INGENIERIE(Moment.AVANT), ECHANGES_AVEC_LES_ACTEURS_LOCAUX(Moment.AVANT),
	CO_CONSTRUCTION_FORTE(Moment.PENDANT), EVALUATION_PARTAGEE(Moment.APRES), TIERS_FACILITATEUR(Moment.TRANSVERSAL),
	CAPITALISATION(Moment.TRANSVERSAL);

	/** When in the parcours the factor matters, as the guide groups them. */
	public enum Moment {

		AVANT, PENDANT, APRES, TRANSVERSAL

	}

	private final Moment moment;

	FacteurDeSucces(Moment moment) {
		this.moment = moment;
	}

	public Moment moment() {
		return moment;
	}

	public static List<FacteurDeSucces> du(Moment moment) {
		return Arrays.stream(values()).filter(f -> f.moment == moment).toList();
	}

}
