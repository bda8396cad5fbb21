package fr.tierslieux.inclusion.badge;

import java.util.List;

/**
 * A badge as the binôme writes it.
 *
 * @param presenceMinimale the share of the parcours' past sessions the person attended,
 * in %
 * @param criteresAtteints how many of the person's progression criteria must be rated at
 * least {@code noteMinimale} (their latest rating)
 * @param validiteMois how long the badge holds once given; null: without end
 * @param competences card keys ({@code PIX:1.1}, {@code DIGCOMP:2.3})
 * @param image a PNG, or null to keep the current one (the platform's by default)
 */
public record NouveauBadge(String nom, String description, String criteres, int presenceMinimale, int criteresAtteints,
		int noteMinimale, Integer validiteMois, List<String> competences, byte[] image) {

	public static final int NOM_MAX = 120;

	public static final int TEXTE_MAX = 1000;

	public static final int IMAGE_MAX_OCTETS = 512 * 1024;

}
