package fr.tierslieux.inclusion.importation;

import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.ChampACorrespondre;
import fr.tierslieux.inclusion.fichier.Importeur;
import fr.tierslieux.inclusion.fichier.LectureDuFichier;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.OptionsDeLecture;
import fr.tierslieux.inclusion.fichier.Probleme;
import fr.tierslieux.inclusion.fichier.Tableau;
import fr.tierslieux.inclusion.fichier.TypeImport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.TacheUnique;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.fichier.Importeur.Existant;

/**
 * Runs imports: upload and preview (nothing written), then the run in the background, one
 * lot of rows per transaction so that a refused row never takes the good ones with it.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/** Problems shown on the page; the CSV report holds them all. */
	public static final int PROBLEMES_AFFICHES = 200;

	private final Map<TypeImport, Importeur<?>> importeurs = new EnumMap<>(TypeImport.class);

	private final Importations importations;

	private final CompteService comptes;

	private final Correspondances correspondances;

	private final TransactionTemplate transaction;

	private final Executor executeur;

	private final TacheUnique unique;

	private final Clock clock;

	/** A running import writes a lot far more often. */
	static final Duration SANS_NOUVELLES = Duration.ofMinutes(10);

	ImportService(List<Importeur<?>> importeurs, Importations importations, CompteService comptes,
			Correspondances correspondances, PlatformTransactionManager transactions,
			@Qualifier("executeurDesImports") Executor executeur, TacheUnique unique, Clock clock) {
		this.unique = unique;
		importeurs.forEach(i -> this.importeurs.put(i.type(), i));
		this.importations = importations;
		this.comptes = comptes;
		this.correspondances = correspondances;
		this.transaction = new TransactionTemplate(transactions);
		this.executeur = executeur;
		this.clock = clock;
	}

	/** Refuses a file too large to be a referential, before it is read into memory. */
	public static void verifierTaille(long octets) {
		if (octets > LectureDuFichier.TAILLE_MAX) {
			throw new FichierRefuseException(LectureDuFichier.TROP_GRAND);
		}
	}

	/** The kinds of file this account may import. */
	public List<TypeImport> types(Perimetre perimetre) {
		return importeurs.keySet().stream().filter(t -> ouvert(t, perimetre.role())).toList();
	}

	/**
	 * Stores the file and previews what importing it would do. A file that cannot be read
	 * at all is refused and nothing is stored.
	 */
	public Long deposer(Connecte moi, TypeImport type, String nomFichier, byte[] contenu) {
		verifierType(moi.perimetre(), type);
		OptionsDeLecture options = LectureDuFichier.detecter(contenu);
		Tableau tableau = LectureDuFichier.lire(contenu, options);
		ContexteImport contexte = contexte(moi.perimetre(), Map.of());
		Analyse<?> analyse = type.avecCorrespondance() ? null : Analyse.lire(importeur(type), tableau, contexte);
		if (analyse != null) {
			analyse.comparer(ecritures -> Map.of(), traitees -> {
			});
		}
		return transaction.execute(statut -> {
			Long id = importations.creer(type, Nettoyage.tronquer(nomFichier, 255), contenu, options, moi.id(),
					clock.instant());
			if (analyse != null) {
				importations.enregistrerAnalyse(id, analyse.bilan(), analyse.problemes());
			}
			return id;
		});
	}

	/**
	 * Reads the file again with other options (encoding, separator, header line, column
	 * mapping) and previews again. A refusal leaves the previous preview as it was.
	 */
	public void relire(Connecte moi, Long id, OptionsDeLecture options, Map<String, String> correspondance) {
		ImportVue vue = vue(moi, id);
		if (vue.statut() != StatutImport.APERCU) {
			throw new ConflitException("import.dejaLance");
		}
		Importations.Fichier fichier = importations.fichier(id)
			.orElseThrow(() -> new IntrouvableException("import", id));
		Tableau tableau = LectureDuFichier.lire(fichier.contenu(), options);
		Map<String, String> mapping = correspondance == null ? Map.of() : correspondance;
		Analyse<?> analyse = Analyse.lire(importeur(vue.type()), tableau, contexte(moi.perimetre(), mapping));
		analyse.comparer(ecritures -> Map.of(), traitees -> {
		});
		transaction.executeWithoutResult(statut -> {
			importations.changerLecture(id, options, mapping);
			importations.enregistrerAnalyse(id, analyse.bilan(), analyse.problemes());
		});
	}

	/**
	 * The first rows of the file as it is read now, to check the encoding and the
	 * mapping.
	 */
	public Tableau premieresLignes(Connecte moi, Long id, int nombre) {
		ImportVue vue = vue(moi, id);
		return importations.fichier(id).map(f -> {
			Tableau tableau = LectureDuFichier.lire(f.contenu(), vue.options());
			return new Tableau(tableau.colonnes(),
					tableau.lignes().subList(0, Math.min(nombre, tableau.lignes().size())));
		}).orElse(new Tableau(List.of(), List.of()));
	}

	/** Saves a column mapping under a name, to read the same kind of list again. */
	public void enregistrerCorrespondance(Connecte moi, String nom, Map<String, String> colonnes) {
		correspondances.enregistrer(moi.id(), Nettoyage.tronquer(nom, 100), colonnes, clock.instant());
	}

	public List<CorrespondanceEnregistree> correspondances(Connecte moi) {
		return correspondances.de(moi.id());
	}

	/** Starts the run in the background; the import's page follows its progress. */
	public void lancer(Connecte moi, Long id) {
		demarrer(moi, id);
		executeur.execute(() -> executer(id, traitees -> {
		}));
	}

	/**
	 * Uploads and runs at once, in the calling thread (the command line).
	 * @param progression told the number of rows handled after each lot
	 */
	public ImportVue importer(Connecte moi, TypeImport type, String nomFichier, byte[] contenu,
			Consumer<Integer> progression) {
		Long id = deposer(moi, type, nomFichier, contenu);
		demarrer(moi, id);
		executer(id, progression);
		return vue(moi, id);
	}

	/**
	 * Closes the imports whose instance stopped: a running import writes a lot in well
	 * under {@link #SANS_NOUVELLES}. Every quarter of an hour and at start-up, on one
	 * instance.
	 * @return how many were closed
	 */
	@Scheduled(fixedDelayString = "${plateforme.imports.interrompus:PT15M}")
	public Integer cloreLesImportsInterrompus() {
		return unique.executer("imports-interrompus", Duration.ofMinutes(1), Duration.ofMinutes(10),
				() -> cloreSansNouvelles(clock.instant()));
	}

	/** The imports without news closed; the job above holds the lock around it. */
	int cloreSansNouvelles(Instant maintenant) {
		int clos = importations.cloreLesInterrompus(maintenant, maintenant.minus(SANS_NOUVELLES));
		if (clos > 0) {
			log.warn("{} import(s) interrompu(s) par l'arrêt de leur instance marqué(s) en échec", clos);
		}
		return clos;
	}

	/** Runs a previewed import in the calling thread. */
	public ImportVue importerApresApercu(Connecte moi, Long id) {
		demarrer(moi, id);
		executer(id, traitees -> {
		});
		return vue(moi, id);
	}

	public void abandonner(Connecte moi, Long id) {
		vue(moi, id);
		if (!importations.abandonner(id)) {
			throw new ConflitException("import.dejaLance");
		}
	}

	public ImportVue vue(Connecte moi, Long id) {
		return importations.vue(id, moi.perimetre(), moi.id())
			.orElseThrow(() -> new IntrouvableException("import", id));
	}

	public List<ImportVue> dernieres(Connecte moi, int nombre) {
		return importations.dernieres(moi.perimetre(), moi.id(), nombre);
	}

	/** The first problems of the report, in file order. */
	public List<Probleme> problemes(Connecte moi, Long id) {
		vue(moi, id);
		return importations.problemes(id, PROBLEMES_AFFICHES);
	}

	/** The whole report, row after row. */
	public void parcourirProblemes(Connecte moi, Long id, Consumer<Probleme> lecteur) {
		vue(moi, id);
		importations.parcourirProblemes(id, lecteur);
	}

	private void demarrer(Connecte moi, Long id) {
		ImportVue vue = vue(moi, id);
		verifierType(moi.perimetre(), vue.type());
		if (vue.type().avecCorrespondance() && vue.correspondance().isEmpty()) {
			throw new ConflitException("import.correspondanceManquante");
		}
		if (!importations.demarrer(id, clock.instant())) {
			throw new ConflitException("import.dejaLance");
		}
	}

	private void executer(Long id, Consumer<Integer> progression) {
		try {
			Importations.Fichier fichier = importations.fichier(id)
				.orElseThrow(() -> new IllegalStateException("import " + id + " sans fichier"));
			Perimetre perimetre = comptes.compte(fichier.auteur())
				.map(c -> c.connecte().perimetre())
				.orElseThrow(() -> new IllegalStateException("auteur de l'import " + id + " introuvable"));
			ContexteImport contexte = contexte(perimetre, fichier.correspondance());
			executer(id, importeur(fichier.type()), LectureDuFichier.lire(fichier.contenu(), fichier.options()),
					contexte, progression);
		}
		catch (FichierRefuseException e) {
			importations.terminer(id, StatutImport.ECHEC, e.getMessage(), clock.instant());
		}
		catch (RuntimeException e) {
			log.error("Import {} arrêté", id, e);
			importations.terminer(id, StatutImport.ECHEC,
					"L'import s'est arrêté sur une erreur inattendue ; les lots déjà écrits sont gardés.",
					clock.instant());
		}
	}

	private <T> void executer(Long id, Importeur<T> importeur, Tableau tableau, ContexteImport contexte,
			Consumer<Integer> progression) {
		Analyse<T> analyse = Analyse.lire(importeur, tableau, contexte);
		int lignes = analyse.bilan().lignes();
		importations.avancer(id, lignes, 0, clock.instant());
		analyse.comparer(ecritures -> ecrire(importeur, ecritures), traitees -> {
			importations.avancer(id, lignes, traitees, clock.instant());
			progression.accept(traitees);
		});
		transaction.executeWithoutResult(statut -> importeur.terminer(contexte));
		transaction.executeWithoutResult(statut -> {
			importations.enregistrerAnalyse(id, analyse.bilan(), analyse.problemes());
			importations.terminer(id, StatutImport.TERMINE, null, clock.instant());
		});
	}

	/**
	 * One lot in one transaction; if the database refuses it, each row alone, so that
	 * only the rows at fault are left out.
	 */
	private <T> Map<Integer, String> ecrire(Importeur<T> importeur, List<Existant<T>> ecritures) {
		if (ecritures.isEmpty()) {
			return Map.of();
		}
		try {
			transaction.executeWithoutResult(statut -> importeur.ecrire(ecritures));
			return Map.of();
		}
		catch (DataAccessException lot) {
			Map<Integer, String> refusees = new HashMap<>();
			for (int i = 0; i < ecritures.size(); i++) {
				Existant<T> ecriture = ecritures.get(i);
				try {
					transaction.executeWithoutResult(statut -> importeur.ecrire(List.of(ecriture)));
				}
				catch (DataAccessException e) {
					log.warn("Ligne refusée par la base : {}", e.getMostSpecificCause().getMessage());
					refusees.put(i, "Refusée par la base de données (valeur hors des limites d'un champ).");
				}
			}
			return refusees;
		}
	}

	private ContexteImport contexte(Perimetre perimetre, Map<String, String> correspondance) {
		return new ContexteImport(perimetre.voitTout(), perimetre.regions(), correspondance, clock.instant());
	}

	private void verifierType(Perimetre perimetre, TypeImport type) {
		if (!ouvert(type, perimetre.role()) || !importeurs.containsKey(type)) {
			throw new AccesRefuseException("import " + type + " refusé au rôle " + perimetre.role());
		}
	}

	/**
	 * Administrators import everything, coordinators everything but the national
	 * geography.
	 */
	private static boolean ouvert(TypeImport type, Role role) {
		return role == Role.ADMIN || (role == Role.COORDINATEUR && !type.geographie());
	}

	/** The fields of a file read through a column mapping, empty for the others. */
	public List<ChampACorrespondre> champs(TypeImport type) {
		return importeurs.containsKey(type) ? importeur(type).champs() : List.of();
	}

	@SuppressWarnings("unchecked")
	private <T> Importeur<T> importeur(TypeImport type) {
		return (Importeur<T>) importeurs.get(type);
	}

}
