package fr.tierslieux.inclusion.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

import static fr.tierslieux.inclusion.annuaire.TiersLieuTypologie.ATELIER_PARTAGE;
import static fr.tierslieux.inclusion.annuaire.TiersLieuTypologie.COWORKING;
import static fr.tierslieux.inclusion.annuaire.TiersLieuTypologie.FABLAB;
import static fr.tierslieux.inclusion.annuaire.TiersLieuTypologie.FOODLAB;
import static fr.tierslieux.inclusion.annuaire.TiersLieuTypologie.FRICHE_CULTURELLE;
import static fr.tierslieux.inclusion.annuaire.TiersLieuTypologie.MAKERSPACE;
import static fr.tierslieux.inclusion.annuaire.TiersLieuTypologie.TIERS_LIEU_CULTUREL;
import static fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire.EXCLU;
import static fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire.INITIE;
import static fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire.INTERMEDIAIRE;
import static fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire.SPECIFIQUE;
import static fr.tierslieux.inclusion.parcours.FormatParcours.COURT;
import static fr.tierslieux.inclusion.parcours.FormatParcours.LONG;
import static fr.tierslieux.inclusion.parcours.FormatParcours.LONG_AUGMENTE;
import static fr.tierslieux.inclusion.parcours.FormatParcours.LONG_INTENSIF;
import static fr.tierslieux.inclusion.parcours.TypologieParcours.APPRENTISSAGE_PAR_LE_FAIRE;
import static fr.tierslieux.inclusion.parcours.TypologieParcours.HYBRIDE_CREATIF;
import static fr.tierslieux.inclusion.parcours.TypologieParcours.PROFESSIONNALISATION;

/**
 * The facts of the experimentation (seed "Parcours d'inclusion numérique en tiers-lieux",
 * France Tiers-Lieux and Pôle emploi Île-de-France, 2021): venues, towns, formats,
 * publics and the number of people per venue. How the 21 parcours and 94 ateliers split
 * between venues follows the guide's averages per typologie (apprentissage par le faire:
 * 5 venues, 3 to 16 ateliers; professionnalisation: 3 venues, 9 to 24; hybride et
 * créatif: 2 venues, 3 to 5). Nothing here is a total: the platform adds the records up.
 *
 * <p>
 * Agencies are real sites of the Pôle emploi referential of 2019 (file
 * {@code pole_emploi_agencies_2019.csv}, extract committed in gip-inclusion/les-emplois):
 * the agency of the venue's town, or the nearest one where the town has none.
 */
final class DemoExperimentation {

	static final String VAGUE = "Expérimentation Île-de-France 2020-2021";

	/** The vague after the experimentation, in its first phase (T0). */
	static final String VAGUE_SUIVANTE = "Vague 2 — Île-de-France 2026-2027";

	static final String REGION = "11";

	static final BigDecimal ENVELOPPE = new BigDecimal("250000.00");

	static final AgenceDemo DIRECTION_REGIONALE = new AgenceDemo("75980", "DR Île-de-France Pluton", "3 rue Galilée",
			"93160", "Noisy-le-Grand", "93051", "93", "48.844063", "2.546758");

	static final List<ReseauDemo> RESEAUX = List.of(new ReseauDemo("A+ C'est Mieux"), new ReseauDemo("Actes If"),
			new ReseauDemo("RFF IDF"), new ReseauDemo("FabCity Grand Paris"),
			new ReseauDemo("Collectif des Tiers-lieux"));

	/**
	 * Tiers-lieux ressources of the experimentation: they testified, they ran no
	 * parcours.
	 */
	static final List<String> TIERS_LIEUX_RESSOURCES = List.of("Simplon lab", "Coopérative Pointcarrée",
			"Maison Montreau", "AGECA");

	private static final LocalTime H0900 = LocalTime.of(9, 0);

	private static final LocalTime H0930 = LocalTime.of(9, 30);

	private static final LocalTime H1000 = LocalTime.of(10, 0);

	private static final LocalTime H1400 = LocalTime.of(14, 0);

	static final List<TiersLieuDemo> TIERS_LIEUX = List.of(new TiersLieuDemo("Le Quai des Possibles",
			"Saint-Germain-en-Laye", "78100", "78551", "78", "48.8989", "2.0938", Set.of(COWORKING),
			"Collectif des Tiers-lieux", PROFESSIONNALISATION, LONG_AUGMENTE, "Toutes les typologies",
			List.of(EXCLU, INTERMEDIAIRE, INITIE), false,
			new AgenceDemo("78033", "Saint-Germain-en-Laye", "101 rue Pereire", "78100", "Saint-Germain-en-Laye",
					"78551", "78", "48.900874", "2.064885"),
			List.of(new ParcoursDemo("Premiers pas numériques et immersion", 8, H0900, LocalTime.of(13, 0), 6),
					new ParcoursDemo("Confiance numérique et projet professionnel", 8, H0900, LocalTime.of(13, 0), 5),
					new ParcoursDemo("Outils numériques avec les coworkers", 8, H0900, LocalTime.of(13, 0), 5))),
			new TiersLieuDemo("Electrolab", "Nanterre", "92000", "92050", "92", "48.8924", "2.2071",
					Set.of(FABLAB, MAKERSPACE), "FabCity Grand Paris", APPRENTISSAGE_PAR_LE_FAIRE, LONG_AUGMENTE,
					"Exclu et intermédiaire avec prérequis", List.of(EXCLU, INTERMEDIAIRE), true,
					new AgenceDemo("92013", "Nanterre", "20 rue Gambetta", "92000", "Nanterre", "92050", "92",
							"48.887982", "2.199459"),
					List.of(new ParcoursDemo("Numérique et fabrication — groupe découverte", 8, H1400,
							LocalTime.of(17, 0), 7),
							new ParcoursDemo("Numérique et fabrication — groupe confirmé", 8, H1400,
									LocalTime.of(17, 0), 6))),
			new TiersLieuDemo("La Tréso", "Malakoff", "92240", "92046", "92", "48.8169", "2.2969",
					Set.of(FABLAB, ATELIER_PARTAGE), "FabCity Grand Paris", APPRENTISSAGE_PAR_LE_FAIRE, COURT,
					"Exclu avec prérequis", List.of(EXCLU), true,
					new AgenceDemo("92092", "Montrouge", "223 avenue Pierre Brossolette", "92120", "Montrouge", "92049",
							"92", "48.812155", "2.301057"),
					List.of(new ParcoursDemo("Fabriquer pour apprivoiser le numérique", 3, H1400, LocalTime.of(17, 0),
							6))),
			new TiersLieuDemo("La Mine", "Arcueil", "94110", "94003", "94", "48.8055", "2.3364",
					Set.of(FABLAB, ATELIER_PARTAGE), "RFF IDF", APPRENTISSAGE_PAR_LE_FAIRE, LONG_AUGMENTE,
					"Initié avec prérequis", List.of(INITIE), true,
					new AgenceDemo("94114", "Cachan", "8 rue François Delage", "94230", "Cachan", "94016", "94",
							"48.793326", "2.337417"),
					List.of(new ParcoursDemo("Ordinateurs reconditionnés et Open Badges", 3, H1400, LocalTime.of(17, 0),
							3), new ParcoursDemo("Parcours immersif à La Mine", 3, H1400, LocalTime.of(17, 0), 3))),
			new TiersLieuDemo("Le Moulin du Pont Ru", "Bray-et-Lû", "95710", "95101", "95", "49.1394", "1.6631",
					Set.of(TIERS_LIEU_CULTUREL, ATELIER_PARTAGE), "A+ C'est Mieux", PROFESSIONNALISATION, LONG_AUGMENTE,
					"Spécifique : femmes issues de l'immigration non francophone", List.of(SPECIFIQUE), false,
					new AgenceDemo("78010", "Mantes-la-Jolie", "2 B boulevard Calmette", "78200", "Mantes-la-Jolie",
							"78361", "78", "48.984447", "1.713918"),
					List.of(new ParcoursDemo("Français et numérique — premier groupe", 3, H1400, LocalTime.of(17, 0),
							7),
							new ParcoursDemo("Français et numérique — deuxième groupe", 3, H1400, LocalTime.of(17, 0),
									7),
							new ParcoursDemo("Recherche d'emploi en ligne avec l'agence", 3, H1000, H1400, 6))),
			new TiersLieuDemo("Mains d'Œuvres", "Saint-Ouen-sur-Seine", "93400", "93070", "93", "48.9116", "2.3338",
					Set.of(FRICHE_CULTURELLE, FABLAB), "Actes If", HYBRIDE_CREATIF, LONG_AUGMENTE,
					"Exclu et intermédiaire", List.of(EXCLU, INTERMEDIAIRE), false,
					new AgenceDemo("93086", "Saint-Ouen", "44 avenue du Capitaine Glarner", "93400",
							"Saint-Ouen-sur-Seine", "93070", "93", "48.903764", "2.329146"),
					List.of(new ParcoursDemo("Usages artistiques du numérique", 5, H1400, LocalTime.of(17, 0), 7))),
			new TiersLieuDemo("Traces E Fabrik", "Drancy", "93700", "93029", "93", "48.9230", "2.4455",
					Set.of(FABLAB, MAKERSPACE), "FabCity Grand Paris", PROFESSIONNALISATION, LONG_INTENSIF,
					"Toutes les typologies", List.of(EXCLU, INTERMEDIAIRE, INITIE), false,
					new AgenceDemo("93045", "Drancy", "175-177 bis avenue Henri Barbusse", "93700", "Drancy", "93029",
							"93", "48.915465", "2.44249"),
					List.of(new ParcoursDemo("Prototypes pour personnes handicapées — session 1", 8, H0930,
							LocalTime.of(15, 30), 8),
							new ParcoursDemo("Prototypes pour personnes handicapées — session 2", 7, H0930,
									LocalTime.of(15, 30), 8))),
			new TiersLieuDemo("La Verrière", "Montreuil", "93100", "93048", "93", "48.8638", "2.4485", Set.of(FABLAB),
					"Collectif des Tiers-lieux", APPRENTISSAGE_PAR_LE_FAIRE, LONG_AUGMENTE,
					"Intermédiaire au profil varié", List.of(INTERMEDIAIRE), false,
					new AgenceDemo("93032", "Montreuil-sous-Bois", "7 rue Kléber", "93100", "Montreuil", "93048", "93",
							"48.857195", "2.436555"),
					List.of(new ParcoursDemo("Ateliers progressifs et pratique en fablab — groupe 1", 4, H1400,
							LocalTime.of(17, 0), 5),
							new ParcoursDemo("Ateliers progressifs et pratique en fablab — groupe 2", 4, H1400,
									LocalTime.of(17, 0), 5))),
			new TiersLieuDemo("O Bout du Monde", "Coulommiers", "77120", "77131", "77", "48.8125", "3.0838",
					Set.of(FOODLAB, TIERS_LIEU_CULTUREL), "A+ C'est Mieux", HYBRIDE_CREATIF, LONG, "Exclu",
					List.of(EXCLU), false,
					new AgenceDemo("77023", "Coulommiers", "14 rue des Longs Sillons", "77120", "Coulommiers", "77131",
							"77", "48.804571", "3.101109"),
					List.of(new ParcoursDemo("Recettes du web — groupe 1", 1, H0930, LocalTime.of(12, 45), 4),
							new ParcoursDemo("Recettes du web — groupe 2", 1, H0930, LocalTime.of(12, 45), 4),
							new ParcoursDemo("Recettes du web — groupe 3", 1, H0930, LocalTime.of(12, 45), 3),
							new ParcoursDemo("Recettes du web — groupe 4", 1, H0930, LocalTime.of(12, 45), 3))),
			new TiersLieuDemo("L'Établisienne", "Paris 12e Arrondissement", "75012", "75112", "75", "48.8396", "2.3876",
					Set.of(ATELIER_PARTAGE, FABLAB), "RFF IDF", APPRENTISSAGE_PAR_LE_FAIRE, COURT,
					"Spécifique : métiers manuels", List.of(SPECIFIQUE), false,
					new AgenceDemo("75202", "Paris 12ème Diderot", "3 boulevard Diderot", "75012", "Paris", "75112",
							"75", "48.845457", "2.368915"),
					List.of(new ParcoursDemo("Fabrication numérique et traditionnelle", 4, H1400, LocalTime.of(17, 0),
							6))));

	private DemoExperimentation() {
	}

	record ReseauDemo(String nom) {
	}

	record AgenceDemo(String codeSafir, String nom, String adresse, String codePostal, String commune, String codeInsee,
			String departement, String latitude, String longitude) {
	}

	record ParcoursDemo(String intitule, int ateliers, LocalTime debut, LocalTime fin, int beneficiaires) {
	}

	/**
	 * @param profils the beneficiary typologies the venue received, assigned in turn
	 */
	record TiersLieuDemo(String nom, String commune, String codePostal, String codeInsee, String departement,
			String latitude, String longitude, Set<TiersLieuTypologie> typologies, String reseau,
			TypologieParcours typologie, FormatParcours format, String publicCible, List<ProfilBeneficiaire> profils,
			boolean avecPrerequis, AgenceDemo agence, List<ParcoursDemo> parcours) {
	}

}
