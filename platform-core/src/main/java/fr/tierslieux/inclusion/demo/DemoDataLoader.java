package fr.tierslieux.inclusion.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.annuaire.Adresse;
import fr.tierslieux.inclusion.annuaire.AgenceType;
import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.binome.CandidatureService;
import fr.tierslieux.inclusion.binome.FicheService;
import fr.tierslieux.inclusion.binome.Phase;
import fr.tierslieux.inclusion.binome.ThemeCooperation;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.courrier.Notifications;
import fr.tierslieux.inclusion.demo.DemoExperimentation.AgenceDemo;
import fr.tierslieux.inclusion.demo.DemoExperimentation.ParcoursDemo;
import fr.tierslieux.inclusion.demo.DemoExperimentation.TiersLieuDemo;
import fr.tierslieux.inclusion.parcours.ParcoursService;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.parcours.VagueService;
import fr.tierslieux.inclusion.presence.PresenceService;
import fr.tierslieux.inclusion.presence.PresenceStatut;

/**
 * Loads the Île-de-France experimentation on first start in demo mode, once: a database
 * that already holds its vague is left alone, and one that holds accounts but not the
 * demo (a real one) stops the start. It goes through the features' services, as a user's
 * actions would, under an administrator's perimeter. People, names and attendance are
 * fictitious and deterministic, so every start of a fresh database yields the same
 * records.
 */
@Component
@Order(10)
@Conditional(ModeDemoCondition.class)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	/** The accounts listed in the README, one per role. */
	static final String ADMIN = "admin@demo.fr";

	static final String COORDINATION = "coordination@demo.fr";

	static final String PILOTE = "pilote@demo.fr";

	static final String CONSEILLER = "conseiller@demo.fr";

	static final String FACILITATEUR = "facilitateur@demo.fr";

	/** Who the timelines name as the author of the demo's records. */
	static final Perimetre CHARGEMENT = Perimetre.administrateur("demonstration");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/**
	 * The demo conseiller works at this venue's agence, the demo facilitateur at this
	 * venue.
	 */
	static final String TIERS_LIEU_DES_COMPTES_DEMO = "Electrolab";

	private static final LocalDate DEBUT_DES_PARCOURS = LocalDate.of(2021, 4, 6);

	/** Public holidays of spring 2021: no atelier on those days. */
	private static final Set<LocalDate> FERIES = Set.of(LocalDate.of(2021, 4, 5), LocalDate.of(2021, 5, 13),
			LocalDate.of(2021, 5, 24), LocalDate.of(2021, 7, 14));

	private static final List<String> PRENOMS = List.of("Amina", "Bernard", "Chantal", "Djibril", "Élodie", "Fatou",
			"Gérard", "Hawa", "Ibrahim", "Jocelyne", "Karim", "Léa", "Mamadou", "Nadia", "Olivier", "Patricia",
			"Rachid", "Sylvie", "Thierry", "Yasmina", "Aïcha", "Bruno", "Coralie", "Dominique", "Farid", "Ginette",
			"Hélène", "Jean-Marc", "Khadija", "Laurent", "Mireille", "Naïma", "Pascal", "Rose", "Samir", "Valérie",
			"Zoé", "Moussa", "Lucie", "Kévin", "Anissa");

	private static final List<String> NOMS = List.of("Martin", "Benali", "Durand", "Traoré", "Lefebvre", "Nguyen",
			"Moreau", "Diallo", "Fontaine", "Haddad", "Girard", "Camara", "Roux", "Mercier", "Bouzid", "Lambert",
			"Keita", "Faure", "Rousseau", "Cissé", "Blanc", "Chevalier", "Mendy", "Garnier", "Perrin", "Sow", "Robin",
			"Masson", "Dupont", "Bakayoko", "Lemoine", "Da Silva", "Fabre", "Henry", "Ouattara", "Colin", "Vidal",
			"Marchand", "Kone", "Brunet", "Aubert", "Leclerc", "Sanchez");

	private final DemoProperties properties;

	private final PasswordEncoder passwordEncoder;

	private final AnnuaireService annuaire;

	private final CompteService comptes;

	private final BinomeService binomes;

	private final ParcoursService parcours;

	private final AtelierService ateliers;

	private final BeneficiaireService beneficiaires;

	private final OrientationService orientations;

	private final PresenceService presences;

	private final FicheService fiches;

	private final VagueService vagues;

	private final CandidatureService candidatures;

	private final DemoBadgesEtTemoignages badgesEtTemoignages;

	private final DemoBudget budget;

	DemoDataLoader(DemoProperties properties, PasswordEncoder passwordEncoder, AnnuaireService annuaire,
			CompteService comptes, BinomeService binomes, ParcoursService parcours, AtelierService ateliers,
			BeneficiaireService beneficiaires, OrientationService orientations, PresenceService presences,
			FicheService fiches, VagueService vagues, CandidatureService candidatures,
			DemoBadgesEtTemoignages badgesEtTemoignages, DemoBudget budget) {
		this.properties = properties;
		this.passwordEncoder = passwordEncoder;
		this.annuaire = annuaire;
		this.comptes = comptes;
		this.binomes = binomes;
		this.parcours = parcours;
		this.ateliers = ateliers;
		this.beneficiaires = beneficiaires;
		this.orientations = orientations;
		this.presences = presences;
		this.fiches = fiches;
		this.vagues = vagues;
		this.candidatures = candidatures;
		this.badgesEtTemoignages = badgesEtTemoignages;
		this.budget = budget;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (binomes.vagueExiste(DemoExperimentation.VAGUE)) {
			log.info("Données de démonstration déjà présentes");
			return;
		}
		// a database with accounts and without the demo is a real one: the demo would add
		// accounts with a public password to it
		long comptesPresents = comptes.nombreDeComptes();
		if (comptesPresents > 0) {
			throw new IllegalStateException(
					"""
							Mode démonstration refusé : cette base contient déjà %d compte(s) qui ne viennent pas de la 					démonstration. Démarrez-la sans le mode démonstration (PLATEFORME_DEMO_ENABLED=false), ou donnez 					au mode démonstration une base vide."""
						.formatted(comptesPresents));
		}
		// demo people are not mailed about the fiches and applications written in their
		// name
		Notifications.enSilence(() -> new Chargement(passwordEncoder.encode(properties.motDePasse())).charger());
	}

	/**
	 * A demo binôme's structures and referents.
	 *
	 * @param comptesDemo whether its referents are the demo accounts of the login page
	 */
	private record StructuresDemo(Long agence, Long tiersLieu, Long conseiller, Long facilitateur,
			boolean comptesDemo) {
	}

	/** One load: keeps the shared password hash and a running counter of people. */
	private final class Chargement {

		private final String motDePasse;

		private int personnes;

		/**
		 * The agence and tiers-lieu of each demo binôme, in the order of the
		 * experimentation.
		 */
		private final List<StructuresDemo> structures = new ArrayList<>();

		private Chargement(String motDePasse) {
			this.motDePasse = motDePasse;
		}

		void charger() {
			String idf = DemoExperimentation.REGION;
			Map<String, Long> reseauParNom = new HashMap<>();
			DemoExperimentation.RESEAUX.forEach(r -> reseauParNom.put(r.nom(), annuaire.creerReseau(r.nom(), idf)));
			Long directionRegionale = agence(DemoExperimentation.DIRECTION_REGIONALE, AgenceType.DIRECTION_REGIONALE,
					null);
			DemoExperimentation.TIERS_LIEUX_RESSOURCES
				.forEach(nom -> annuaire.creerTiersLieu(nom, new Adresse(null, null, "Paris", "75056", null, null),
						"75", TiersLieuRole.RESSOURCE, Set.of(TiersLieuTypologie.AUTRE), null));

			LocalDate debut = LocalDate.of(2020, 10, 1);
			LocalDate fin = LocalDate.of(2021, 8, 31);
			Long vague = binomes.ouvrirVague(DemoExperimentation.VAGUE, idf, debut, fin, DemoExperimentation.ENVELOPPE);

			compte(ADMIN, "Administration de la plateforme", Role.ADMIN);
			comptes.rattacherALaRegion(compte(COORDINATION, "Coordination France Tiers-Lieux", Role.COORDINATEUR), idf);
			comptes.rattacherALaRegion(compte(PILOTE, "Direction régionale Île-de-France", Role.PILOTE), idf);

			for (TiersLieuDemo demo : DemoExperimentation.TIERS_LIEUX) {
				chargerBinome(demo, vague, directionRegionale, reseauParNom.get(demo.reseau()));
			}
			StructuresDemo demo = structures.stream().filter(StructuresDemo::comptesDemo).findFirst().orElseThrow();
			budget.charger(vague, debut, fin, demo.tiersLieu());
			ouvrirLaVagueSuivante(idf);
			log.info("Données de démonstration chargées : {} tiers-lieux, {} bénéficiaires",
					DemoExperimentation.TIERS_LIEUX.size(), personnes);
		}

		private void chargerBinome(TiersLieuDemo demo, Long vague, Long directionRegionale, Long reseau) {
			Long agence = agence(demo.agence(), AgenceType.AGENCE_LOCALE, directionRegionale);
			Long tiersLieu = annuaire.creerTiersLieu(demo.nom(),
					new Adresse(null, demo.codePostal(), demo.commune(), demo.codeInsee(),
							new BigDecimal(demo.latitude()), new BigDecimal(demo.longitude())),
					demo.departement(), TiersLieuRole.EXPERIMENTATEUR, demo.typologies(), reseau);

			boolean comptesDemo = demo.nom().equals(TIERS_LIEU_DES_COMPTES_DEMO);

			Long conseiller = compte(comptesDemo ? CONSEILLER : "conseil." + slug(demo.agence().nom()) + "@demo.fr",
					"Conseiller référent " + demo.agence().nom(), Role.CONSEILLER);
			comptes.rattacherALAgence(conseiller, agence);
			Long facilitateur = compte(comptesDemo ? FACILITATEUR : "facilitation." + slug(demo.nom()) + "@demo.fr",
					"Facilitation " + demo.nom(), Role.FACILITATEUR);
			comptes.rattacherAuTiersLieu(facilitateur, tiersLieu);
			structures.add(new StructuresDemo(agence, tiersLieu, conseiller, facilitateur, comptesDemo));

			Long binome = binomes.former(CHARGEMENT, vague, agence, tiersLieu, conseiller, facilitateur);
			DemoFichePingPong.remplir(fiches, binome, referent(conseiller), referent(facilitateur));
			binomes.passerALaPhaseSuivante(CHARGEMENT, binome, 0, null);

			BigDecimal budgetParParcours = demo.format()
				.budgetIndicatif()
				.divide(BigDecimal.valueOf(demo.parcours().size()), 2, RoundingMode.HALF_UP);
			for (int rang = 0; rang < demo.parcours().size(); rang++) {
				chargerParcours(demo, binome, agence, conseiller, demo.parcours().get(rang), rang, budgetParParcours);
			}
			for (int version = 1; version < Phase.values().length - 1; version++) {
				binomes.passerALaPhaseSuivante(CHARGEMENT, binome, version, null);
			}
			if (comptesDemo) {
				badgesEtTemoignages.charger(vague, binome, referent(facilitateur));
			}
		}

		/**
		 * The vague that follows the experimentation, in T0: two tiers-lieux volunteered,
		 * the demo accounts' one was selected and formed a binôme with its agence, whose
		 * referent wrote their side of the fiche ping-pong: the demo facilitateur's turn.
		 */
		private void ouvrirLaVagueSuivante(String region) {
			Long vague = vagues.ouvrir(CHARGEMENT,
					new VagueService.NouvelleVague(DemoExperimentation.VAGUE_SUIVANTE, region, LocalDate.of(2026, 9, 1),
							LocalDate.of(2027, 7, 9), new BigDecimal("90000.00"), VagueService.tarifsDuGuide()));
			StructuresDemo demo = structures.stream().filter(StructuresDemo::comptesDemo).findFirst().orElseThrow();
			StructuresDemo autre = structures.stream().filter(s -> !s.comptesDemo()).findFirst().orElseThrow();
			Perimetre facilitation = referent(demo.facilitateur());
			Long retenue = candidatures.candidater(facilitation, vague, demo.tiersLieu(),
					"Un atelier de 120 m², 12 postes, une imprimante 3D ; ouvert du mardi au samedi.",
					"Un parcours par le faire, en petits groupes, avec un temps de recherche d'emploi à l'agence.");
			candidatures.decider(CHARGEMENT, retenue, 0, true, null);
			candidatures.candidater(referent(autre.facilitateur()), vague, autre.tiersLieu(),
					"Un tiers-lieu culturel, une salle de 40 places.",
					"Un parcours hybride et créatif autour de la vidéo.");
			Long binome = binomes.former(CHARGEMENT,
					new BinomeService.NouveauBinome(vague, demo.tiersLieu(), demo.agence(), demo.conseiller(),
							demo.facilitateur(), Set.of(ThemeCooperation.NUMERIQUE, ThemeCooperation.CONFIANCE_EN_SOI),
							null));
			DemoFichePingPong.remplirLeCoteAgence(fiches, binome, referent(demo.conseiller()));
		}

		/** A referent as they are signed in, to write the fiche in their name. */
		private Perimetre referent(Long compte) {
			return comptes.compte(comptes.utilisateur(compte).getIdentifiant()).orElseThrow().connecte().perimetre();
		}

		private void chargerParcours(TiersLieuDemo demo, Long binome, Long agence, Long conseiller, ParcoursDemo pd,
				int rang, BigDecimal budget) {
			List<LocalDate> dates = dates(demo, pd.ateliers(), rang);
			Long unParcours = parcours.creer(binome, pd.intitule(), demo.typologie(), demo.format(), budget,
					demo.publicCible(), dates.get(0), dates.get(dates.size() - 1), pd.beneficiaires() + 2);

			List<Long> seances = new ArrayList<>();
			for (int i = 0; i < dates.size(); i++) {
				seances.add(ateliers.planifier(unParcours, "Séance " + (i + 1) + " — " + pd.intitule(), dates.get(i),
						pd.debut(), pd.fin(), demo.nom() + ", " + demo.commune(),
						i == 0 ? TypeAtelier.REUNION_INFORMATION : TypeAtelier.THEORIQUE));
			}

			List<Map<Long, PresenceStatut>> feuilles = new ArrayList<>();
			seances.forEach(s -> feuilles.add(new LinkedHashMap<>()));
			for (int j = 0; j < pd.beneficiaires(); j++) {
				int personne = personnes++;
				Long beneficiaire = beneficiaire(demo, agence, conseiller, dates.get(0), personne);
				Long orientation = orientations.orienter(CHARGEMENT, conseiller, beneficiaire, unParcours,
						dates.get(0).minusWeeks(3).atTime(10, 0).atZone(PARIS).toInstant());
				long version = 0;
				for (OrientationStatut statut : List.of(OrientationStatut.ACCEPTEE, OrientationStatut.EN_PARCOURS,
						personne % 15 == 14 ? OrientationStatut.ABANDON : OrientationStatut.TERMINEE)) {
					orientations.changerStatut(CHARGEMENT, orientation, version++, statut, null);
				}
				for (int i = 0; i < seances.size(); i++) {
					feuilles.get(i).put(beneficiaire, statut(i, personne));
				}
			}
			for (int i = 0; i < seances.size(); i++) {
				presences.emarger(CHARGEMENT, seances.get(i), feuilles.get(i));
			}
		}

		private Long beneficiaire(TiersLieuDemo demo, Long agence, Long conseiller, LocalDate debut, int n) {
			String prenom = PRENOMS.get((n * 7) % PRENOMS.size());
			String nom = NOMS.get((n * 11 + n / NOMS.size()) % NOMS.size());
			return beneficiaires.enregistrer(agence, conseiller, nom, prenom,
					slug(prenom) + "." + slug(nom) + n + "@exemple.invalid", null,
					demo.profils().get(n % demo.profils().size()), demo.avecPrerequis(), debut.minusWeeks(4));
		}

		private Long agence(AgenceDemo demo, AgenceType type, Long direction) {
			return annuaire.creerAgence(demo.codeSafir(), demo.nom(), type,
					new Adresse(demo.adresse(), demo.codePostal(), demo.commune(), demo.codeInsee(),
							new BigDecimal(demo.latitude()), new BigDecimal(demo.longitude())),
					demo.departement(), direction);
		}

		private Long compte(String identifiant, String nom, Role role) {
			return comptes.creerCompte(identifiant, nom, role, motDePasse);
		}

	}

	/**
	 * Everyone attends the first atelier; afterwards a fixed pattern of absences and late
	 * arrivals.
	 */
	static PresenceStatut statut(int atelier, int personne) {
		if (atelier == 0) {
			return PresenceStatut.PRESENT;
		}
		return switch ((atelier * 7 + personne * 3) % 17) {
			case 0 -> PresenceStatut.ABSENT;
			case 1 -> PresenceStatut.EXCUSE;
			case 2 -> PresenceStatut.EN_RETARD;
			default -> PresenceStatut.PRESENT;
		};
	}

	/**
	 * Working days for a parcours: consecutive days for the intensive
	 * professionnalisation parcours, one day a week otherwise; parallel groups of a venue
	 * start on different days.
	 */
	private static List<LocalDate> dates(TiersLieuDemo demo, int nombre, int rang) {
		boolean intensif = demo.typologie() == TypologieParcours.PROFESSIONNALISATION;
		LocalDate jour = intensif ? DEBUT_DES_PARCOURS.plusWeeks(3L * rang) : DEBUT_DES_PARCOURS.plusDays(rang);
		while (jour.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
			jour = jour.plusDays(1);
		}
		List<LocalDate> dates = new ArrayList<>();
		while (dates.size() < nombre) {
			if (jour.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !FERIES.contains(jour)) {
				dates.add(jour);
			}
			jour = intensif ? jour.plusDays(1) : jour.plusWeeks(1);
		}
		return dates;
	}

	static String slug(String texte) {
		return Normalizer.normalize(texte, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

}
