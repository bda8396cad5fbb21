package fr.tierslieux.inclusion.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import fr.tierslieux.inclusion.annuaire.Agence;
import fr.tierslieux.inclusion.annuaire.AgenceRepository;
import fr.tierslieux.inclusion.annuaire.AgenceType;
import fr.tierslieux.inclusion.annuaire.Reseau;
import fr.tierslieux.inclusion.annuaire.ReseauRepository;
import fr.tierslieux.inclusion.annuaire.TiersLieu;
import fr.tierslieux.inclusion.annuaire.TiersLieuRepository;
import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.atelier.Atelier;
import fr.tierslieux.inclusion.atelier.AtelierRepository;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.beneficiaire.Beneficiaire;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireRepository;
import fr.tierslieux.inclusion.beneficiaire.Orientation;
import fr.tierslieux.inclusion.beneficiaire.OrientationRepository;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.binome.Binome;
import fr.tierslieux.inclusion.binome.BinomeRepository;
import fr.tierslieux.inclusion.binome.Phase;
import fr.tierslieux.inclusion.binome.Vague;
import fr.tierslieux.inclusion.binome.VagueRepository;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.compte.Utilisateur;
import fr.tierslieux.inclusion.compte.UtilisateurRepository;
import fr.tierslieux.inclusion.demo.DemoExperimentation.AgenceDemo;
import fr.tierslieux.inclusion.demo.DemoExperimentation.ParcoursDemo;
import fr.tierslieux.inclusion.demo.DemoExperimentation.TiersLieuDemo;
import fr.tierslieux.inclusion.parcours.Parcours;
import fr.tierslieux.inclusion.parcours.ParcoursRepository;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.presence.Presence;
import fr.tierslieux.inclusion.presence.PresenceRepository;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.territoire.TerritoireService;

/**
 * Loads the Île-de-France experimentation on first start in demo mode, once: a database
 * that already holds its vague is left alone. People, names and attendance are fictitious
 * and deterministic, so every start of a fresh database yields the same records.
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

	private final TerritoireService territoire;

	private final ReseauRepository reseaux;

	private final AgenceRepository agences;

	private final TiersLieuRepository tiersLieux;

	private final UtilisateurRepository utilisateurs;

	private final VagueRepository vagues;

	private final BinomeRepository binomes;

	private final ParcoursRepository parcoursRepository;

	private final AtelierRepository ateliers;

	private final BeneficiaireRepository beneficiaires;

	private final OrientationRepository orientations;

	private final PresenceRepository presences;

	DemoDataLoader(DemoProperties properties, PasswordEncoder passwordEncoder, TerritoireService territoire,
			ReseauRepository reseaux, AgenceRepository agences, TiersLieuRepository tiersLieux,
			UtilisateurRepository utilisateurs, VagueRepository vagues, BinomeRepository binomes,
			ParcoursRepository parcoursRepository, AtelierRepository ateliers, BeneficiaireRepository beneficiaires,
			OrientationRepository orientations, PresenceRepository presences) {
		this.properties = properties;
		this.passwordEncoder = passwordEncoder;
		this.territoire = territoire;
		this.reseaux = reseaux;
		this.agences = agences;
		this.tiersLieux = tiersLieux;
		this.utilisateurs = utilisateurs;
		this.vagues = vagues;
		this.binomes = binomes;
		this.parcoursRepository = parcoursRepository;
		this.ateliers = ateliers;
		this.beneficiaires = beneficiaires;
		this.orientations = orientations;
		this.presences = presences;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (vagues.existsByNom(DemoExperimentation.VAGUE)) {
			log.info("Données de démonstration déjà présentes");
			return;
		}
		new Chargement(passwordEncoder.encode(properties.motDePasse())).charger();
	}

	/** One load: keeps the shared password hash and a running counter of people. */
	private final class Chargement {

		private final String motDePasse;

		private int personnes;

		private Chargement(String motDePasse) {
			this.motDePasse = motDePasse;
		}

		void charger() {
			var idf = territoire.region(DemoExperimentation.REGION);
			Map<String, Reseau> reseauParNom = new HashMap<>();
			DemoExperimentation.RESEAUX
				.forEach(r -> reseauParNom.put(r.nom(), reseaux.save(new Reseau(r.nom(), idf, null))));
			Agence directionRegionale = agences
				.save(agence(DemoExperimentation.DIRECTION_REGIONALE, AgenceType.DIRECTION_REGIONALE, null));
			DemoExperimentation.TIERS_LIEUX_RESSOURCES.forEach(
					nom -> tiersLieux.save(new TiersLieu(nom, new Adresse(null, null, "Paris", "75056", null, null),
							territoire.departement("75"), TiersLieuRole.RESSOURCE, Set.of(TiersLieuTypologie.AUTRE))));

			Vague vague = vagues.save(new Vague(DemoExperimentation.VAGUE, idf, LocalDate.of(2020, 10, 1),
					LocalDate.of(2021, 8, 31), DemoExperimentation.ENVELOPPE));

			utilisateurs.save(compte(ADMIN, "Administration de la plateforme", Role.ADMIN));
			utilisateurs
				.save(compte(COORDINATION, "Coordination France Tiers-Lieux", Role.COORDINATEUR).rattacherA(idf));
			utilisateurs.save(compte(PILOTE, "Direction régionale Île-de-France", Role.PILOTE).rattacherA(idf));

			for (TiersLieuDemo demo : DemoExperimentation.TIERS_LIEUX) {
				chargerBinome(demo, vague, directionRegionale, reseauParNom.get(demo.reseau()));
			}
			log.info("Données de démonstration chargées : {} tiers-lieux, {} bénéficiaires",
					DemoExperimentation.TIERS_LIEUX.size(), personnes);
		}

		private void chargerBinome(TiersLieuDemo demo, Vague vague, Agence directionRegionale, Reseau reseau) {
			Agence agence = agences.save(agence(demo.agence(), AgenceType.AGENCE_LOCALE, directionRegionale));
			TiersLieu tiersLieu = new TiersLieu(demo.nom(),
					new Adresse(null, demo.codePostal(), demo.commune(), demo.codeInsee(),
							new BigDecimal(demo.latitude()), new BigDecimal(demo.longitude())),
					territoire.departement(demo.departement()), TiersLieuRole.EXPERIMENTATEUR, demo.typologies());
			tiersLieu.rattacherAuReseau(reseau);
			tiersLieu = tiersLieux.save(tiersLieu);

			boolean comptesDemo = demo.nom().equals(TIERS_LIEU_DES_COMPTES_DEMO);
			Utilisateur conseiller = utilisateurs
				.save(compte(comptesDemo ? CONSEILLER : "conseil." + slug(demo.agence().nom()) + "@demo.fr",
						"Conseiller référent " + demo.agence().nom(), Role.CONSEILLER)
					.rattacherA(agence));
			Utilisateur facilitateur = utilisateurs
				.save(compte(comptesDemo ? FACILITATEUR : "facilitation." + slug(demo.nom()) + "@demo.fr",
						"Facilitation " + demo.nom(), Role.FACILITATEUR)
					.rattacherA(tiersLieu));

			Binome binome = new Binome(vague, agence, tiersLieu, conseiller, facilitateur);
			while (binome.getPhase() != Phase.T4) {
				binome.passerALaPhaseSuivante();
			}
			binome = binomes.save(binome);

			BigDecimal budgetParParcours = demo.format()
				.budgetIndicatif()
				.divide(BigDecimal.valueOf(demo.parcours().size()), 2, RoundingMode.HALF_UP);
			for (int rang = 0; rang < demo.parcours().size(); rang++) {
				chargerParcours(demo, binome, conseiller, demo.parcours().get(rang), rang, budgetParParcours);
			}
		}

		private void chargerParcours(TiersLieuDemo demo, Binome binome, Utilisateur conseiller, ParcoursDemo pd,
				int rang, BigDecimal budget) {
			List<LocalDate> dates = dates(demo, pd.ateliers(), rang);
			Parcours parcours = parcoursRepository
				.save(new Parcours(binome, pd.intitule(), demo.typologie(), demo.format(), budget, demo.publicCible(),
						dates.get(0), dates.get(dates.size() - 1), pd.beneficiaires() + 2));

			List<Atelier> seances = new ArrayList<>();
			for (int i = 0; i < dates.size(); i++) {
				seances.add(new Atelier(parcours, "Séance " + (i + 1) + " — " + pd.intitule(), dates.get(i), pd.debut(),
						pd.fin(), demo.nom() + ", " + demo.commune(),
						i == 0 ? TypeAtelier.VISITE : TypeAtelier.COLLECTIF));
			}
			ateliers.saveAll(seances);

			List<Presence> feuille = new ArrayList<>();
			for (int j = 0; j < pd.beneficiaires(); j++) {
				int personne = personnes++;
				Beneficiaire beneficiaire = beneficiaire(demo, binome.getAgence(), conseiller, dates.get(0), personne);
				Orientation orientation = new Orientation(beneficiaire, parcours, conseiller,
						dates.get(0).minusWeeks(3).atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant());
				orientation.passerA(OrientationStatut.ACCEPTEE);
				orientation.passerA(OrientationStatut.EN_PARCOURS);
				orientation.passerA(personne % 15 == 14 ? OrientationStatut.ABANDON : OrientationStatut.TERMINEE);
				orientations.save(orientation);
				for (int i = 0; i < seances.size(); i++) {
					feuille.add(new Presence(seances.get(i), beneficiaire, statut(i, personne)));
				}
			}
			presences.saveAll(feuille);
		}

		private Beneficiaire beneficiaire(TiersLieuDemo demo, Agence agence, Utilisateur conseiller, LocalDate debut,
				int n) {
			String prenom = PRENOMS.get((n * 7) % PRENOMS.size());
			String nom = NOMS.get((n * 11 + n / NOMS.size()) % NOMS.size());
			Beneficiaire beneficiaire = new Beneficiaire(agence, conseiller, nom, prenom,
					demo.profils().get(n % demo.profils().size()), demo.avecPrerequis(), debut.minusWeeks(4));
			beneficiaire.contact(slug(prenom) + "." + slug(nom) + n + "@exemple.invalid", null);
			return beneficiaires.save(beneficiaire);
		}

		private Agence agence(AgenceDemo demo, AgenceType type, Agence direction) {
			return new Agence(demo.codeSafir(), demo.nom(), type,
					new Adresse(demo.adresse(), demo.codePostal(), demo.commune(), demo.codeInsee(),
							new BigDecimal(demo.latitude()), new BigDecimal(demo.longitude())),
					territoire.departement(demo.departement()), direction);
		}

		private Utilisateur compte(String identifiant, String nom, Role role) {
			return new Utilisateur(identifiant, nom, motDePasse, role);
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
