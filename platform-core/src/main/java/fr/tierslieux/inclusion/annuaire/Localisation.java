package fr.tierslieux.inclusion.annuaire;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.Signalements;
import fr.tierslieux.inclusion.territoire.Geographie;

/**
 * Where an imported place lies: its département, checked against the referential and the
 * author's régions.
 */
final class Localisation {

	private Localisation() {
	}

	/**
	 * The département of a place from its INSEE code, else its postal code; when both are
	 * given and disagree, the INSEE code wins (postal codes cross département lines).
	 * @param regionDuFichier the région the file says, if it says one: compared only
	 * @return null when the row is rejected
	 */
	static String departement(Geographie geographie, ContexteImport contexte, Signalements signalements,
			String codeInsee, String codePostal, String regionDuFichier) {
		return departement(geographie, contexte, signalements, codeInsee, codePostal, regionDuFichier, null);
	}

	/**
	 * @param departementDuFichier the département the file gives, used when neither code
	 * is there
	 */
	static String departement(Geographie geographie, ContexteImport contexte, Signalements signalements,
			String codeInsee, String codePostal, String regionDuFichier, String departementDuFichier) {
		Map<String, String> departements = geographie.departements(contexte);
		String parInsee = codeInsee == null ? null
				: geographie.communes(contexte).getOrDefault(codeInsee, Nettoyage.departementDuCodeInsee(codeInsee));
		String parCodePostal = Nettoyage.departementDuCodePostal(codePostal);
		if (parInsee != null && parCodePostal != null && !parInsee.equals(parCodePostal)
				&& departements.containsKey(parInsee)) {
			signalements.avertir("code_postal", codePostal, "Le code postal " + codePostal + " et le code INSEE "
					+ codeInsee + " désignent deux départements : celui du code INSEE (" + parInsee + ") est retenu.");
		}
		String departement = parInsee != null && departements.containsKey(parInsee) ? parInsee : parCodePostal;
		if (departement == null && departementDuFichier != null) {
			departement = departementDuFichier.length() == 1 ? "0" + departementDuFichier : departementDuFichier;
		}
		if (departement == null) {
			signalements.rejeter("code_postal", null, "Ni code postal ni code INSEE : impossible de situer le lieu.");
			return null;
		}
		if (!departements.containsKey(departement)) {
			signalements.rejeter("code_postal", codePostal,
					"Aucun département " + departement + " dans le référentiel géographique.");
			return null;
		}
		String region = departements.get(departement);
		if (regionDuFichier != null && !regionDuFichier.equals(region)) {
			signalements.avertir("region", regionDuFichier,
					"Le fichier range ce lieu en région " + regionDuFichier + " mais son département " + departement
							+ " est en région " + region + " : région du département retenue.");
		}
		if (!contexte.couvre(region)) {
			signalements.rejeter("region", region, "Hors de vos régions : lieu en "
					+ geographie.nomsDesRegions(contexte).getOrDefault(region, region) + ".");
			return null;
		}
		return departement;
	}

	/** Latitude or longitude read with a decimal comma or point, within its range. */
	static BigDecimal coordonnee(String texte, double limite, String champ, Signalements signalements) {
		if (texte == null) {
			return null;
		}
		BigDecimal valeur = Nettoyage.decimal(texte);
		if (valeur == null || valeur.abs().doubleValue() > limite) {
			signalements.avertir(champ, texte, "Coordonnée illisible ou hors limites : ignorée.");
			return null;
		}
		return valeur;
	}

	/**
	 * Farther than this from the places known in its département, a position is taken as
	 * wrong.
	 */
	static final double ECART_MAX_KM = 250;

	/**
	 * Coordinates that put the place far from its département (the standard's own example
	 * puts a place of Reims in Provence) are dropped with a warning.
	 * @return the pair kept, or nulls
	 */
	static BigDecimal[] position(Geographie geographie, ContexteImport contexte, Signalements signalements,
			String departement, BigDecimal latitude, BigDecimal longitude) {
		if (latitude == null || longitude == null) {
			return new BigDecimal[2];
		}
		double[] centre = geographie.centres(contexte).get(departement);
		if (centre != null) {
			double km = distanceKm(centre[0], centre[1], latitude.doubleValue(), longitude.doubleValue());
			if (km > ECART_MAX_KM) {
				signalements.avertir("latitude", latitude + ", " + longitude, "Coordonnées à " + Math.round(km)
						+ " km des lieux connus du département " + departement + " : ignorées.");
				return new BigDecimal[2];
			}
		}
		return new BigDecimal[] { latitude, longitude };
	}

	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6371 * Math.asin(Math.sqrt(a));
	}

	/** Repairs a text and says so when it had to. */
	static String texteRepare(String texte, String champ, Signalements signalements) {
		String repare = Nettoyage.reparer(texte);
		if (!Objects.equals(repare, texte)) {
			signalements.avertir(champ, texte, "Caractères mal encodés réparés : « " + repare + " ».");
		}
		return repare;
	}

}
