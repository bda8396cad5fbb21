package fr.tierslieux.inclusion.fichier;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CSV file (Commons CSV) or a JSON array of objects (Jackson) into a
 * {@link Tableau}.
 */
public final class LectureDuFichier {

	/** Larger than any real referential here (the COG communes: 2.6 MB). */
	public static final int TAILLE_MAX = Decodage.TAILLE_MAX;

	public static final String TROP_GRAND = "Le fichier dépasse " + Decodage.TAILLE_MAX / 1024 / 1024
			+ " Mo : découpez-le ou vérifiez qu'il s'agit bien du bon fichier.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LectureDuFichier() {
	}

	/**
	 * The options a file most likely needs: its encoding and its first line's separator.
	 */
	public static OptionsDeLecture detecter(byte[] contenu) {
		Decodage.verifier(contenu);
		Encodage encodage = Decodage.detecter(contenu);
		return new OptionsDeLecture(encodage, separateurProbable(Decodage.decoder(contenu, encodage)), true);
	}

	public static Tableau lire(byte[] contenu, OptionsDeLecture options) {
		Decodage.verifier(contenu);
		String texte = Decodage.decoder(contenu, options.encodage());
		String debut = texte.stripLeading();
		if (debut.startsWith("[") || debut.startsWith("{")) {
			return lireJson(texte);
		}
		return lireCsv(texte, options);
	}

	static char separateurProbable(String texte) {
		int fin = texte.indexOf('\n');
		String premiere = fin < 0 ? texte : texte.substring(0, fin);
		char meilleur = ',';
		long plus = 0;
		for (char c : OptionsDeLecture.SEPARATEURS.toCharArray()) {
			long n = premiere.chars().filter(x -> x == c).count();
			if (n > plus) {
				plus = n;
				meilleur = c;
			}
		}
		return meilleur;
	}

	private static Tableau lireCsv(String texte, OptionsDeLecture options) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(options.separateur())
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<String> colonnes = new ArrayList<>();
		List<Ligne> lignes = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(texte)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (options.avecEntete() && records.hasNext()) {
				for (String nom : records.next()) {
					String colonne = nom.strip();
					colonnes.add(colonne.isEmpty() || colonnes.contains(colonne) ? "colonne " + (colonnes.size() + 1)
							: colonne);
				}
			}
			while (records.hasNext()) {
				CSVRecord record = records.next();
				while (colonnes.size() < record.size()) {
					colonnes.add("colonne " + (colonnes.size() + 1));
				}
				Map<String, String> valeurs = new LinkedHashMap<>();
				for (int i = 0; i < record.size(); i++) {
					valeurs.put(colonnes.get(i), record.get(i));
				}
				// the header, when there is one, is record 1: record numbers are file
				// lines
				lignes.add(new Ligne((int) record.getRecordNumber(), valeurs));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new FichierRefuseException(
					"Le fichier CSV est mal formé (" + raison(e) + ") : vérifiez les guillemets et le séparateur.");
		}
		if (colonnes.isEmpty() || (lignes.isEmpty() && options.avecEntete() && colonnes.size() < 2)) {
			throw new FichierRefuseException("Le fichier ne contient aucune ligne de données.");
		}
		return new Tableau(colonnes, lignes);
	}

	private static String raison(Exception e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		int ligne = message.indexOf("line ");
		return ligne >= 0 ? "près de la " + message.substring(ligne).replace("line", "ligne").split("[,)]")[0]
				: "contenu illisible";
	}

	/**
	 * An array of flat objects, as regional data portals publish the médiation numérique
	 * standard: arrays inside become {@code |}-separated values.
	 */
	private static Tableau lireJson(String texte) {
		JsonNode racine;
		try {
			racine = JSON.readTree(texte);
		}
		catch (JacksonException e) {
			throw new FichierRefuseException("Le fichier JSON est mal formé : " + e.getOriginalMessage());
		}
		if (!racine.isArray()) {
			throw new FichierRefuseException("Le fichier JSON doit contenir un tableau d'objets ([{…}, {…}]).");
		}
		List<String> colonnes = new ArrayList<>();
		List<Ligne> lignes = new ArrayList<>();
		int rang = 0;
		for (JsonNode objet : racine) {
			rang++;
			Map<String, String> valeurs = new LinkedHashMap<>();
			if (objet.isObject()) {
				for (Map.Entry<String, JsonNode> champ : objet.properties()) {
					if (!colonnes.contains(champ.getKey())) {
						colonnes.add(champ.getKey());
					}
					valeurs.put(champ.getKey(), texte(champ.getValue()));
				}
			}
			lignes.add(new Ligne(rang, valeurs));
		}
		if (lignes.isEmpty()) {
			throw new FichierRefuseException("Le fichier ne contient aucune ligne de données.");
		}
		return new Tableau(colonnes, lignes);
	}

	private static String texte(JsonNode valeur) {
		if (valeur == null || valeur.isNull()) {
			return null;
		}
		if (valeur.isArray()) {
			List<String> elements = new ArrayList<>();
			valeur.forEach(e -> elements.add(texte(e)));
			return String.join("|", elements);
		}
		return valeur.isValueNode() ? valeur.asString() : valeur.toString();
	}

}
