package fr.tierslieux.inclusion.parcours;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The cards a binôme picks in its canvas: the 16 Pix competences and the 21 DigComp 2.2
 * competences (read from the referentials copied in {@code referentiel/}), and the
 * constraint cards of the guide, to test the design against.
 */
@Component
public class CartesDuCanevas {

	/**
	 * Constraint cards: the guide's example first, then situations the experimentation
	 * met.
	 */
	private static final List<Carte> CONTRAINTES = List.of(contrainte("C01",
			"Le groupe avec lequel vous travaillez est uniquement composé de mères célibataires isolées en situation d'extrême précarité."),
			contrainte("C02", "La moitié du groupe lit difficilement le français."),
			contrainte("C03", "Plusieurs personnes n'ont ni ordinateur ni smartphone chez elles."),
			contrainte("C04", "Le tiers-lieu est à 45 minutes de transport en commun de l'agence."),
			contrainte("C05", "Les participants ne sont disponibles que le matin (garde d'enfants)."),
			contrainte("C06", "Une personne du groupe se déplace en fauteuil roulant."),
			contrainte("C07", "Le groupe mêle des débutants complets et des personnes à l'aise avec le numérique."),
			contrainte("C08", "Aucun conseiller ne peut participer aux ateliers."),
			contrainte("C09", "Un tiers des personnes orientées ne viennent pas à la première séance."),
			contrainte("C10", "Le budget ne permet pas d'acheter de matériel."));

	private final List<Carte> pix;

	private final List<Carte> digcomp;

	private final Map<String, Carte> parCle;

	CartesDuCanevas() {
		this.pix = lire("referentiel/pix/pix-referentiel-16-competences.csv", ',', r -> new Carte(GenreCarte.PIX,
				r.get("competence_index"), r.get("competence_name"), r.get("area_title")));
		this.digcomp = lire("referentiel/digcomp/DigComp.csv", ';',
				r -> "2".equals(r.get("Level")) ? new Carte(GenreCarte.DIGCOMP, r.get("ShortCode"),
						phrase(r.get("Name")), phrase(r.get("BroaderConcept"))) : null);
		List<Carte> toutes = new ArrayList<>(pix);
		toutes.addAll(digcomp);
		toutes.addAll(CONTRAINTES);
		this.parCle = toutes.stream().collect(Collectors.toMap(Carte::cle, Function.identity()));
	}

	public List<Carte> pix() {
		return pix;
	}

	public List<Carte> digcomp() {
		return digcomp;
	}

	public List<Carte> contraintes() {
		return CONTRAINTES;
	}

	/**
	 * @return null for a key of no card
	 */
	public Carte carte(String cle) {
		return parCle.get(cle);
	}

	/** The DigComp file writes its titles in capitals; people read sentences. */
	private static String phrase(String capitales) {
		String minuscules = capitales.strip().toLowerCase(java.util.Locale.ROOT);
		return minuscules.isEmpty() ? minuscules
				: Character.toUpperCase(minuscules.charAt(0)) + minuscules.substring(1);
	}

	private static Carte contrainte(String code, String texte) {
		return new Carte(GenreCarte.CONTRAINTE, code, texte, null);
	}

	private static List<Carte> lire(String chemin, char separateur, Function<CSVRecord, Carte> carte) {
		try (Reader lecteur = new InputStreamReader(new ClassPathResource(chemin).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder()
				.setDelimiter(separateur)
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(lecteur)
				.stream()
				.map(carte)
				.filter(java.util.Objects::nonNull)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A card.
	 *
	 * @param code {@code 1.1} for a competence, {@code C01} for a constraint
	 * @param libelle its title (DigComp's in English, as the referential publishes it)
	 * @param domaine the competence's area; null for a constraint
	 */
	public record Carte(GenreCarte genre, String code, String libelle, String domaine) {

		/** {@code PIX:1.1}, {@code DIGCOMP:2.3}, {@code CONTRAINTE:C04}. */
		public String cle() {
			return genre + ":" + code;
		}

	}

}
