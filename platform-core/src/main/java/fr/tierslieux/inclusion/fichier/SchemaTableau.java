package fr.tierslieux.inclusion.fichier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of a Frictionless Table Schema that open data standards use (types string,
 * number, date; constraints required, pattern, maxLength), read from the standard's own
 * {@code schema.json}: a row is checked against the published rules, not a copy of them.
 */
public final class SchemaTableau {

	private final List<Champ> champs;

	private SchemaTableau(List<Champ> champs) {
		this.champs = List.copyOf(champs);
	}

	public static SchemaTableau charger(String ressource) {
		try (InputStream entree = new ClassPathResource(ressource).getInputStream()) {
			JsonNode schema = JsonMapper.builder().build().readTree(entree);
			List<Champ> champs = new ArrayList<>();
			for (JsonNode champ : schema.get("fields")) {
				JsonNode contraintes = champ.path("constraints");
				champs.add(new Champ(champ.get("name").asString(), champ.path("type").asString("string"),
						contraintes.path("required").asBoolean(false),
						contraintes.has("pattern") ? Pattern.compile(contraintes.get("pattern").asString()) : null,
						contraintes.has("maxLength") ? contraintes.get("maxLength").asInt() : null));
			}
			return new SchemaTableau(champs);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<Champ> champs() {
		return champs;
	}

	public List<String> obligatoires() {
		return champs.stream().filter(Champ::obligatoire).map(Champ::nom).toList();
	}

	/** Each field's violations of the schema, with the field and the reason in French. */
	public List<Violation> verifier(Ligne ligne) {
		List<Violation> violations = new ArrayList<>();
		for (Champ champ : champs) {
			String valeur = ligne.texte(champ.nom());
			String motif = champ.violation(valeur);
			if (motif != null) {
				violations.add(new Violation(champ, valeur, motif));
			}
		}
		return violations;
	}

	/** One field of the schema. */
	public record Champ(String nom, String type, boolean obligatoire, Pattern motif, Integer longueurMax) {

		/**
		 * @return why the value breaks the field's rules, or null
		 */
		String violation(String valeur) {
			if (valeur == null) {
				return obligatoire ? "Champ obligatoire absent." : null;
			}
			if (type.equals("number") && Nettoyage.decimal(valeur) == null) {
				return "Nombre attendu.";
			}
			if (type.equals("date")) {
				try {
					LocalDate.parse(valeur);
				}
				catch (DateTimeParseException e) {
					return "Date attendue au format AAAA-MM-JJ.";
				}
			}
			if (motif != null && !motif.matcher(valeur).find()) {
				return "Valeur hors du format du standard.";
			}
			if (longueurMax != null && valeur.length() > longueurMax) {
				return "Plus de " + longueurMax + " caractères.";
			}
			return null;
		}

	}

	public record Violation(Champ champ, String valeur, String motif) {
	}

}
