package fr.tierslieux.inclusion.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a deterministic national dataset into a migrated database: every région and
 * département, and at scale 1 about 900 agences, 3,500 tiers-lieux, 20,000 parcours,
 * 200,000 ateliers, 1,000,000 bénéficiaires and 10,000,000 présences, with accounts of
 * every role. Distributions are skewed (Zipf): a few agences, venues and parcours take a
 * large share. Tables are loaded by COPY in foreign-key order; each person's draws come
 * from a generator seeded by the person's index, so every pass recomputes the same person
 * without keeping a million of them in memory. A database that already holds the dataset
 * is left alone.
 */
public final class GenerateurNational {

	private static final Logger log = LoggerFactory.getLogger(GenerateurNational.class);

	/** The marker of a generated database: its vagues are named so. */
	static final String VAGUE = "Vague nationale 2025-2026";

	/** The password of every generated account. */
	static final String MOT_DE_PASSE = "national";

	static final String[] TYPOLOGIES = { "APPRENTISSAGE_PAR_LE_FAIRE", "PROFESSIONNALISATION", "HYBRIDE_CREATIF" };

	private static final String[] PRENOMS = { "Marie", "Jean", "Nathalie", "Pierre", "Isabelle", "Michel", "Sylvie",
			"Philippe", "Catherine", "Alain", "Sandrine", "Nicolas", "Céline", "Christophe", "Aurélie", "Stéphane",
			"Julie", "Sébastien", "Sophie", "David", "Karima", "Mohamed", "Fatoumata", "Youssef", "Aminata", "Mehdi",
			"Leïla", "Ousmane", "Inès", "Thi Lan", "Wei", "Ana", "João", "Ioana", "Mariam", "Kevin", "Manon", "Lucas",
			"Emma", "Hugo" };

	private static final String[] NOMS = { "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
			"Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
			"Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure",
			"André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
			"Garcia", "Perrin", "Diallo", "Traoré", "Nguyen", "Benali", "Haddad", "Da Silva", "Popescu", "Kone",
			"Mendy", "Ouattara" };

	private static final String[] PROFILS = { "EXCLU", "INTERMEDIAIRE", "INITIE", "SPECIFIQUE" };

	private static final LocalDate DEBUT = LocalDate.of(2025, 9, 1);

	private static final OffsetDateTime MAINTENANT = OffsetDateTime.of(2026, 9, 1, 9, 0, 0, 0, ZoneOffset.UTC);

	private final DataSource dataSource;

	private final Volumes volumes;

	private final long graine;

	private final String motDePasseEncode;

	/**
	 * @param motDePasseEncode the hash of {@link #MOT_DE_PASSE}, computed once for every
	 * account
	 */
	public GenerateurNational(DataSource dataSource, double echelle, long graine, String motDePasseEncode) {
		this.dataSource = dataSource;
		this.volumes = Volumes.a(echelle);
		this.graine = graine;
		this.motDePasseEncode = motDePasseEncode;
	}

	/** How many of each at a given scale (1: the national figures). */
	record Volumes(int agences, int tiersLieux, int parcours, int beneficiaires) {

		static Volumes a(double echelle) {
			return new Volumes(Math.max(18, (int) Math.round(900 * echelle)),
					Math.max(18, (int) Math.round(3_500 * echelle)), (int) Math.round(20_000 * echelle),
					(int) Math.round(1_000_000 * echelle));
		}

	}

	/** Rows written per table, and how long it took. */
	public record Bilan(Map<String, Long> lignes, Duration duree, boolean dejaPresent) {
	}

	public Bilan generer() throws SQLException {
		long debut = System.nanoTime();
		try (Connection connexion = dataSource.getConnection()) {
			if (dejaGenere(connexion)) {
				// a dataset generated before the follow-up of T2 or the evaluation of T3
				// existed
				Map<String, Long> ajouts = new LinkedHashMap<>();
				if (!SuiviGenere.dejaPresent(connexion)) {
					ajouts.putAll(SuiviGenere.ajouter(connexion));
				}
				if (!EvaluationGeneree.dejaPresente(connexion)) {
					ajouts.putAll(EvaluationGeneree.ajouter(connexion));
				}
				if (!BudgetGenere.dejaPresent(connexion)) {
					ajouts.putAll(BudgetGenere.ajouter(connexion));
				}
				if (ajouts.isEmpty()) {
					log.info("Données nationales déjà présentes : rien à faire");
					return new Bilan(Map.of(), Duration.ZERO, true);
				}
				try (Statement statement = connexion.createStatement()) {
					statement.execute("analyze");
				}
				return new Bilan(ajouts, Duration.ofNanos(System.nanoTime() - debut), true);
			}
			connexion.setAutoCommit(false);
			boolean sansDeclencheurs = sansDeclencheurs(connexion);
			Chargement chargement = new Chargement(connexion);
			chargement.charger();
			if (sansDeclencheurs) {
				tablesDeriveesRecalculees(connexion);
			}
			chargement.lignes.putAll(SuiviGenere.ajouter(connexion));
			chargement.lignes.putAll(EvaluationGeneree.ajouter(connexion));
			chargement.lignes.putAll(BudgetGenere.ajouter(connexion));
			connexion.commit();
			try (Statement statement = connexion.createStatement()) {
				connexion.setAutoCommit(true);
				statement.execute("analyze");
			}
			Duration duree = Duration.ofNanos(System.nanoTime() - debut);
			log.info("Données nationales générées en {} s : {}", duree.toSeconds(), chargement.lignes);
			return new Bilan(chargement.lignes, duree, false);
		}
	}

	/**
	 * The derived tables (V6) are kept by triggers, row by row: for millions of rows, the
	 * load switches them off for its session (superuser only) and recomputes the tables
	 * at the end, in one statement each. Without the right, the triggers keep them, more
	 * slowly.
	 */
	private static boolean sansDeclencheurs(Connection connexion) throws SQLException {
		try (Statement statement = connexion.createStatement()) {
			statement.execute("savepoint avant_replica");
			statement.execute("set local session_replication_role = replica");
			return true;
		}
		catch (SQLException refus) {
			try (Statement statement = connexion.createStatement()) {
				statement.execute("rollback to savepoint avant_replica");
			}
			log.warn("Déclencheurs gardés pendant le chargement (droit refusé : {})", refus.getMessage());
			return false;
		}
	}

	private static void tablesDeriveesRecalculees(Connection connexion) throws SQLException {
		try (Statement statement = connexion.createStatement()) {
			statement.execute("set local session_replication_role = origin");
			for (String table : List.of("beneficiaire_region", "bilan_parcours", "bilan_groupe",
					"compteur_beneficiaires", "evaluation_parcours", "beneficiaire_contact")) {
				long debut = System.nanoTime();
				statement.execute("select " + table + "_tout_recalculer()");
				log.info("{} recalculée en {} s", table, Duration.ofNanos(System.nanoTime() - debut).toSeconds());
			}
		}
	}

	private static boolean dejaGenere(Connection connexion) throws SQLException {
		try (Statement statement = connexion.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from vague where nom like '" + VAGUE + "%'")) {
			rs.next();
			return rs.getLong(1) > 0;
		}
	}

	/** One load: the ids it hands out and what it has written. */
	private final class Chargement {

		private final Connection connexion;

		private final Map<String, Long> lignes = new LinkedHashMap<>();

		private final SplittableRandom hasard = new SplittableRandom(graine);

		private final Map<String, Long> prochainId = new LinkedHashMap<>();

		/** Per agence: id, région index, conseiller account id. */
		private long[] agenceId;

		private int[] agenceRegion;

		private long[] conseillerId;

		/** Agences of each région, by index. */
		private List<List<Integer>> agencesParRegion;

		/** Per parcours: binôme's agence index, first atelier id, number of ateliers. */
		private int[] parcoursAgence;

		private long[] parcoursId;

		private long[] premierAtelier;

		private int[] ateliersDuParcours;

		private Tirage tirageParcours;

		/** Per tiers-lieu: id, région index, facilitateur account id. */
		private long[] tiersLieux;

		private int[] lieuRegion;

		private long[] facilitateurId;

		private long premiereBeneficiaire;

		private long premiereOrientation;

		private long premierePresence;

		private Chargement(Connection connexion) {
			this.connexion = connexion;
		}

		void charger() throws SQLException {
			List<String[]> departements = lire(
					"select d.code, d.nom, d.region_code from departement d order by d.code");
			List<String> regions = lire("select code from region order by code").stream().map(r -> r[0]).toList();
			for (String table : List.of("agence", "tiers_lieu", "utilisateur", "rattachement", "vague", "binome",
					"binome_transition", "parcours", "atelier", "beneficiaire", "orientation", "orientation_transition",
					"presence")) {
				prochainId.put(table, maxId(table) + 1);
			}
			annuaire(departements, regions);
			long[] vagues = vagues(regions);
			binomesEtParcours(regions, vagues);
			beneficiaires();
			orientations();
			presences();
			participations();
			for (String table : prochainId.keySet()) {
				try (Statement statement = connexion.createStatement()) {
					statement.execute("select setval(pg_get_serial_sequence('" + table
							+ "', 'id'), (select max(id) from " + table + "))");
				}
			}
		}

		private void annuaire(List<String[]> departements, List<String> regions) throws SQLException {
			int nbRegions = regions.size();
			Tirage tirageDepartement = new Tirage(departements.size(), 0.6, hasard);
			agenceId = new long[volumes.agences()];
			agenceRegion = new int[volumes.agences()];
			conseillerId = new long[volumes.agences()];
			agencesParRegion = new ArrayList<>();
			regions.forEach(r -> agencesParRegion.add(new ArrayList<>()));
			int[] departementAgence = departementsDe(volumes.agences(), departements, regions, tirageDepartement);
			try (Copie copie = new Copie(connexion, "agence",
					"id, code_safir, nom, type, commune, departement_code, version")) {
				for (int i = 0; i < agenceId.length; i++) {
					String[] d = departements.get(departementAgence[i]);
					agenceId[i] = id("agence");
					agenceRegion[i] = regions.indexOf(d[2]);
					agencesParRegion.get(agenceRegion[i]).add(i);
					copie.ligne(agenceId[i], String.format("G%05d", i + 1), "Agence nationale " + (i + 1),
							"AGENCE_LOCALE", d[1], d[0], 0);
				}
				compter("agence", copie);
			}
			int[] departementLieu = departementsDe(volumes.tiersLieux(), departements, regions, tirageDepartement);
			tiersLieux = new long[volumes.tiersLieux()];
			lieuRegion = new int[volumes.tiersLieux()];
			try (Copie copie = new Copie(connexion, "tiers_lieu",
					"id, nom, commune, departement_code, role, capacite_accueil, accessible_pmr, version")) {
				for (int i = 0; i < tiersLieux.length; i++) {
					String[] d = departements.get(departementLieu[i]);
					tiersLieux[i] = id("tiers_lieu");
					lieuRegion[i] = regions.indexOf(d[2]);
					copie.ligne(tiersLieux[i], "Tiers-lieu national " + (i + 1), d[1], d[0], "EXPERIMENTATEUR",
							5 + hasard.nextInt(40), hasard.nextInt(3) > 0 ? "t" : "f", 0);
				}
				compter("tiers_lieu", copie);
			}
			try (Copie copie = new Copie(connexion, "tiers_lieu_typologie", "tiers_lieu_id, typologie")) {
				String[] typologies = { "FABLAB", "COWORKING", "TIERS_LIEU_CULTUREL", "FOODLAB", "ATELIER_PARTAGE",
						"MAKERSPACE", "FRICHE_CULTURELLE" };
				for (long lieu : tiersLieux) {
					int premiere = hasard.nextInt(typologies.length);
					copie.ligne(lieu, typologies[premiere]);
					if (hasard.nextInt(3) == 0) {
						copie.ligne(lieu,
								typologies[(premiere + 1 + hasard.nextInt(typologies.length - 1)) % typologies.length]);
					}
				}
				compter("tiers_lieu_typologie", copie);
			}
			comptes(regions, nbRegions);
		}

		/** Each région gets one of the first places; the rest follow the skewed draw. */
		private int[] departementsDe(int nombre, List<String[]> departements, List<String> regions, Tirage tirage) {
			int[] resultat = new int[nombre];
			for (int i = 0; i < nombre; i++) {
				if (i < regions.size()) {
					String region = regions.get(i);
					int d = 0;
					while (!departements.get(d)[2].equals(region)) {
						d++;
					}
					resultat[i] = d;
				}
				else {
					resultat[i] = tirage.tirer(hasard);
				}
			}
			return resultat;
		}

		private void comptes(List<String> regions, int nbRegions) throws SQLException {
			facilitateurId = new long[tiersLieux.length];
			String cree = MAINTENANT.minusYears(1).toString();
			try (Copie comptes = new Copie(connexion, "utilisateur",
					"id, identifiant, nom_affiche, mot_de_passe, role, actif, cree_le, version")) {
				comptes.ligne(id("utilisateur"), "admin@national.invalid", "Administration nationale", motDePasseEncode,
						"ADMIN", "t", cree, 0);
				long[] coordinations = new long[nbRegions];
				long[] pilotes = new long[nbRegions];
				for (int r = 0; r < nbRegions; r++) {
					coordinations[r] = id("utilisateur");
					comptes.ligne(coordinations[r], "coordination." + regions.get(r) + "@national.invalid",
							"Coordination " + regions.get(r), motDePasseEncode, "COORDINATEUR", "t", cree, 0);
					pilotes[r] = id("utilisateur");
					comptes.ligne(pilotes[r], "pilote." + regions.get(r) + "@national.invalid",
							"Direction régionale " + regions.get(r), motDePasseEncode, "PILOTE", "t", cree, 0);
				}
				for (int i = 0; i < agenceId.length; i++) {
					conseillerId[i] = id("utilisateur");
					comptes.ligne(conseillerId[i], "conseiller." + (i + 1) + "@national.invalid",
							"Conseiller agence " + (i + 1), motDePasseEncode, "CONSEILLER", "t", cree, 0);
				}
				for (int i = 0; i < tiersLieux.length; i++) {
					facilitateurId[i] = id("utilisateur");
					comptes.ligne(facilitateurId[i], "facilitateur." + (i + 1) + "@national.invalid",
							"Facilitation tiers-lieu " + (i + 1), motDePasseEncode, "FACILITATEUR", "t", cree, 0);
				}
				compter("utilisateur", comptes);
				comptes.close();
				try (Copie rattachements = new Copie(connexion, "rattachement",
						"id, utilisateur_id, region_code, agence_id, tiers_lieu_id")) {
					for (int r = 0; r < nbRegions; r++) {
						rattachements.ligne(id("rattachement"), coordinations[r], regions.get(r), null, null);
						rattachements.ligne(id("rattachement"), pilotes[r], regions.get(r), null, null);
					}
					for (int i = 0; i < agenceId.length; i++) {
						rattachements.ligne(id("rattachement"), conseillerId[i], null, agenceId[i], null);
					}
					for (int i = 0; i < tiersLieux.length; i++) {
						rattachements.ligne(id("rattachement"), facilitateurId[i], null, null, tiersLieux[i]);
					}
					compter("rattachement", rattachements);
				}
			}
		}

		private long[] vagues(List<String> regions) throws SQLException {
			long[] vagues = new long[regions.size()];
			try (Copie copie = new Copie(connexion, "vague",
					"id, nom, region_code, debut, fin, enveloppe_budget, version")) {
				for (int r = 0; r < vagues.length; r++) {
					vagues[r] = id("vague");
					copie.ligne(vagues[r], VAGUE + " — " + regions.get(r), regions.get(r), DEBUT,
							DEBUT.plusYears(1).minusDays(1), "250000.00", 0);
				}
				compter("vague", copie);
			}
			return vagues;
		}

		/**
		 * Each venue pairs with one to three agences of its région; the parcours go to
		 * the binômes by a skewed draw, so that some are still in T0 or T1 with none.
		 */
		private void binomesEtParcours(List<String> regions, long[] vagues) throws SQLException {
			List<long[]> binomes = new ArrayList<>(); // id, agence index, lieu index
			try (Copie copie = new Copie(connexion, "binome",
					"id, vague_id, agence_id, tiers_lieu_id, referent_agence_id, referent_tiers_lieu_id, phase, version")) {
				for (int lieu = 0; lieu < tiersLieux.length; lieu++) {
					List<Integer> agences = agencesParRegion.get(lieuRegion[lieu]);
					int nombre = Math.min(agences.size(), 1 + (hasard.nextInt(10) < 7 ? 0 : 1 + hasard.nextInt(2)));
					int depart = hasard.nextInt(agences.size());
					for (int k = 0; k < nombre; k++) {
						int agence = agences.get((depart + k) % agences.size());
						long id = id("binome");
						binomes.add(new long[] { id, agence, lieu });
						copie.ligne(id, vagues[lieuRegion[lieu]], agenceId[agence], tiersLieux[lieu],
								conseillerId[agence], facilitateurId[lieu], "T0", 0);
					}
				}
				compter("binome", copie);
			}
			try (Copie transitions = new Copie(connexion, "binome_transition",
					"id, binome_id, de, vers, auteur, survenue_le")) {
				for (long[] binome : binomes) {
					transitions.ligne(id("binome_transition"), binome[0], null, "T0", "generation",
							MAINTENANT.minusYears(1));
				}
				compter("binome_transition", transitions);
			}
			Tirage tirageBinome = new Tirage(binomes.size(), 1.0, hasard);
			int nbParcours = volumes.parcours();
			parcoursAgence = new int[nbParcours];
			parcoursId = new long[nbParcours];
			premierAtelier = new long[nbParcours];
			ateliersDuParcours = new int[nbParcours];
			String[] parcoursRegion = new String[nbParcours]; // of its vague, copied on
																// each atelier
			boolean[] actif = new boolean[binomes.size()];
			try (Copie copie = new Copie(connexion, "parcours",
					"id, binome_id, intitule, typologie, format, budget, public_cible, date_debut, date_fin, capacite, version")) {
				for (int p = 0; p < nbParcours; p++) {
					int b = tirageBinome.tirer(hasard);
					actif[b] = true;
					long[] binome = binomes.get(b);
					parcoursAgence[p] = (int) binome[1];
					parcoursRegion[p] = regions.get(lieuRegion[(int) binome[2]]);
					parcoursId[p] = id("parcours");
					int typologie = hasard.nextInt(10) < 5 ? 0 : (hasard.nextInt(5) < 3 ? 1 : 2);
					ateliersDuParcours[p] = switch (typologie) {
						case 0 -> 4 + hasard.nextInt(15);
						case 1 -> 9 + hasard.nextInt(16);
						default -> 3 + hasard.nextInt(3);
					};
					LocalDate debut = DEBUT.plusDays(hasard.nextInt(200));
					copie.ligne(parcoursId[p], binome[0], "Parcours national " + (p + 1), TYPOLOGIES[typologie],
							typologie == 1 ? "LONG_AUGMENTE" : (typologie == 2 ? "COURT" : "LONG"),
							typologie == 1 ? "15000.00" : (typologie == 2 ? "5000.00" : "10000.00"),
							"Toutes les typologies", debut, debut.plusWeeks(ateliersDuParcours[p]), 60, 0);
				}
				compter("parcours", copie);
			}
			try (Statement statement = connexion.createStatement()) {
				// binômes running parcours are in T2; the others still get to know each
				// other
				StringBuilder ids = new StringBuilder();
				for (int b = 0; b < binomes.size(); b++) {
					if (actif[b]) {
						ids.append(ids.isEmpty() ? "" : ",").append(binomes.get(b)[0]);
					}
				}
				if (!ids.isEmpty()) {
					statement.execute("update binome set phase = 'T2' where id in (" + ids + ")");
				}
			}
			try (Copie copie = new Copie(connexion, "atelier",
					"id, parcours_id, intitule, date_atelier, heure_debut, heure_fin, lieu, type, version, region_code")) {
				for (int p = 0; p < nbParcours; p++) {
					LocalDate jour = DEBUT.plusDays(hasard.nextInt(200));
					LocalTime heure = hasard.nextBoolean() ? LocalTime.of(9, 30) : LocalTime.of(14, 0);
					for (int a = 0; a < ateliersDuParcours[p]; a++) {
						long id = id("atelier");
						if (a == 0) {
							premierAtelier[p] = id;
						}
						copie.ligne(id, parcoursId[p], "Séance " + (a + 1), jour.plusWeeks(a), heure,
								heure.plusHours(2 + hasard.nextInt(2)), "Sur place",
								a == 0 ? "REUNION_INFORMATION" : "THEORIQUE", 0, parcoursRegion[p]);
					}
				}
				compter("atelier", copie);
			}
			tirageParcours = new Tirage(nbParcours, 0.7, hasard);
		}

		/** Person {@code i}: drawn again, identically, by each pass. */
		private Personne personne(int i) {
			SplittableRandom h = new SplittableRandom(graine * 1_000_003L + i);
			int parcours = tirageParcours.tirer(h);
			int agence = parcoursAgence[parcours];
			if (h.nextInt(10) == 0) {
				List<Integer> voisines = agencesParRegion.get(agenceRegion[agence]);
				agence = voisines.get(h.nextInt(voisines.size()));
			}
			int second = -1;
			if (h.nextInt(20) == 0) {
				second = tirageParcours.tirer(h);
				if (second == parcours) {
					second = -1;
				}
			}
			int statut = h.nextInt(100);
			return new Personne(i, agence, parcours, second, statut, h);
		}

		private void beneficiaires() throws SQLException {
			premiereBeneficiaire = prochainId.get("beneficiaire");
			int total = volumes.beneficiaires();
			try (Copie copie = new Copie(connexion, "beneficiaire",
					"id, agence_id, conseiller_id, nom, prenom, email, profil, avec_prerequis, date_consentement, cree_le,"
							+ " dernier_contact_le, version")) {
				for (int i = 0; i < total; i++) {
					Personne p = personne(i);
					SplittableRandom h = p.hasard();
					String nom = NOMS[h.nextInt(NOMS.length)];
					String prenom = PRENOMS[h.nextInt(PRENOMS.length)];
					copie.ligne(premiereBeneficiaire + i, agenceId[p.agence()], conseillerId[p.agence()], nom, prenom,
							"personne" + (i + 1) + "@exemple.invalid", PROFILS[h.nextInt(PROFILS.length)],
							h.nextBoolean() ? "t" : "f", DEBUT.plusDays(h.nextInt(300)), MAINTENANT.minusMonths(6),
							MAINTENANT.minusMonths(6).toLocalDate(), 0);
					progression("bénéficiaires", i, total);
				}
				compter("beneficiaire", copie);
			}
			prochainId.put("beneficiaire", premiereBeneficiaire + total);
		}

		private void orientations() throws SQLException {
			premiereOrientation = prochainId.get("orientation");
			int total = volumes.beneficiaires();
			long id = premiereOrientation;
			try (Copie copie = new Copie(connexion, "orientation",
					"id, beneficiaire_id, parcours_id, statut, orientee_le, orientee_par_id, version")) {
				for (int i = 0; i < total; i++) {
					Personne p = personne(i);
					copie.ligne(id++, premiereBeneficiaire + i, parcoursId[p.parcours()], p.libelleStatut(),
							MAINTENANT.minusMonths(8), conseillerId[p.agence()], 0);
					if (p.second() >= 0) {
						copie.ligne(id++, premiereBeneficiaire + i, parcoursId[p.second()], "PROPOSEE",
								MAINTENANT.minusMonths(1), conseillerId[p.agence()], 0);
					}
					progression("orientations", i, total);
				}
				compter("orientation", copie);
			}
			prochainId.put("orientation", id);
			try (Copie copie = new Copie(connexion, "orientation_transition",
					"id, orientation_id, de, vers, auteur, survenue_le")) {
				for (long o = premiereOrientation; o < id; o++) {
					copie.ligne(id("orientation_transition"), o, null, "PROPOSEE", "generation",
							MAINTENANT.minusMonths(8));
				}
				compter("orientation_transition", copie);
			}
		}

		/**
		 * One line per atelier for everyone who entered the parcours; those who gave up
		 * stop halfway.
		 */
		private void presences() throws SQLException {
			int total = volumes.beneficiaires();
			long id = prochainId.get("presence");
			premierePresence = id;
			try (Copie copie = new Copie(connexion, "presence",
					"id, atelier_id, beneficiaire_id, statut, enregistree_le, version")) {
				for (int i = 0; i < total; i++) {
					Personne p = personne(i);
					if (p.estEntree()) {
						SplittableRandom h = p.hasard();
						int ateliers = ateliersDuParcours[p.parcours()];
						int jusqua = p.abandon() ? Math.max(1, ateliers / 2) : ateliers;
						for (int a = 0; a < jusqua; a++) {
							int tirage = h.nextInt(100);
							String statut = tirage < 80 ? "PRESENT"
									: tirage < 88 ? "ABSENT" : tirage < 94 ? "EXCUSE" : "EN_RETARD";
							copie.ligne(id++, premierAtelier[p.parcours()] + a, premiereBeneficiaire + i, statut,
									MAINTENANT.minusMonths(3), 0);
						}
					}
					progression("présences (par personne)", i, total);
				}
				compter("presence", copie);
			}
			prochainId.put("presence", id);
		}

		/**
		 * Who followed which parcours, as the platform keeps it at each sheet it records.
		 */
		private void participations() throws SQLException {
			try (Statement statement = connexion.createStatement()) {
				long lignesAjoutees = statement.executeLargeUpdate(
						"""
								insert into participation (parcours_id, beneficiaire_id)
								select distinct a.parcours_id, pr.beneficiaire_id from presence pr join atelier a on a.id = pr.atelier_id
								where pr.statut in ('PRESENT', 'EN_RETARD') and pr.id >= %d
								on conflict do nothing
								"""
							.formatted(premierePresence));
				lignes.put("participation", lignesAjoutees);
				log.info("participation : {} lignes", lignesAjoutees);
			}
		}

		private void progression(String quoi, int i, int total) {
			if (total >= 100_000 && (i + 1) % (total / 10) == 0) {
				log.info("{} : {} %", quoi, (i + 1) * 100L / total);
			}
		}

		private long id(String table) {
			return prochainId.merge(table, 1L, Long::sum) - 1;
		}

		private void compter(String table, Copie copie) {
			lignes.merge(table, copie.lignes(), Long::sum);
			log.info("{} : {} lignes", table, copie.lignes());
		}

		private long maxId(String table) throws SQLException {
			try (Statement statement = connexion.createStatement();
					ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
				rs.next();
				return rs.getLong(1);
			}
		}

		private List<String[]> lire(String sql) throws SQLException {
			List<String[]> lignesLues = new ArrayList<>();
			try (Statement statement = connexion.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
				int colonnes = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					String[] ligne = new String[colonnes];
					for (int c = 0; c < colonnes; c++) {
						ligne[c] = rs.getString(c + 1);
					}
					lignesLues.add(ligne);
				}
			}
			return lignesLues;
		}

	}

	/**
	 * One person's draws.
	 *
	 * @param statut 0–99: where the first referral stands
	 * @param hasard the person's own generator, for what each pass draws next
	 */
	private record Personne(int index, int agence, int parcours, int second, int statut, SplittableRandom hasard) {

		String libelleStatut() {
			if (statut < 5) {
				return "PROPOSEE";
			}
			if (statut < 8) {
				return "EN_LISTE_ATTENTE";
			}
			if (statut < 12) {
				return "REFUSEE";
			}
			if (statut < 30) {
				return "EN_PARCOURS";
			}
			return statut < 90 ? "TERMINEE" : "ABANDON";
		}

		boolean estEntree() {
			return statut >= 12;
		}

		boolean abandon() {
			return statut >= 90;
		}

	}

}
