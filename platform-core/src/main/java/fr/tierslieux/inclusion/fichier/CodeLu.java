package fr.tierslieux.inclusion.fichier;

import java.util.function.UnaryOperator;

/**
 * A postal or INSEE code read from a row, repaired as {@link Nettoyage} does, with the
 * repair or the loss said in the report: every importer of places says it the same way.
 */
public final class CodeLu {

	private CodeLu() {
	}

	public static String codeInsee(Ligne ligne, String colonne, Signalements signalements) {
		return lire(ligne, colonne, signalements, Nettoyage::codeInsee);
	}

	public static String codePostal(Ligne ligne, String colonne, Signalements signalements) {
		return lire(ligne, colonne, signalements, Nettoyage::codePostal);
	}

	/**
	 * @return the code, or null when missing ({@code 0} included) or invalid
	 */
	private static String lire(Ligne ligne, String colonne, Signalements signalements,
			UnaryOperator<String> nettoyage) {
		String brut = colonne == null ? null : ligne.texte(colonne);
		String code = nettoyage.apply(brut);
		if (code == null && brut != null) {
			signalements.avertir(colonne, brut, Nettoyage.renseigne(brut) ? "Code invalide : ignoré."
					: "« " + brut + " » tient lieu de code absent.");
		}
		else if (code != null && !code.equals(brut.toUpperCase())) {
			signalements.avertir(colonne, brut, "Zéro initial rétabli : " + code + ".");
		}
		return code;
	}

}
