package fr.tierslieux.inclusion.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.tierslieux.inclusion.administration.Parametre;
import fr.tierslieux.inclusion.administration.Parametres;
import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.PerimetreSql;
import fr.tierslieux.inclusion.pilotage.Cockpit.Choix;

/**
 * Produces the activity exports. Up to a threshold of rows, the file is written at once
 * into the answer; past it, on the export thread into a temporary file, then kept in the
 * database in pieces of {@value #MORCEAU} bytes (any instance can serve it) until it
 * expires. Rows are read through a cursor and written one by one: memory stays the same
 * whatever the number of rows.
 */
@Service
public class ExportsDActivite {

	static final int MORCEAU = 1 << 20;

	/** A running export notes its progress every thousand rows, far more often. */
	static final Duration SANS_NOUVELLES = Duration.ofMinutes(10);

	/**
	 * Exports run one after another, each in a minute or so: no queue lasts this long.
	 */
	static final Duration ATTENTE_MAX = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ExportsDActivite.class);

	private static final int LIGNES_PAR_LECTURE = 10_000;

	private static final int DERNIERES = 20;

	private static final String VUE = """
			select e.id, e.activite, e.format, e.nominatif, e.vague_id, v.nom as vague, e.departement_code, e.statut,
			       e.lignes_total, e.lignes_ecrites, e.taille, e.demande_le, e.commence_le, e.termine_le, e.expire_le
			from export_demande e left join vague v on v.id = e.vague_id
			""";

	private final JdbcClient sql;

	/** The same database, read by a cursor of {@value #LIGNES_PAR_LECTURE} rows. */
	private final JdbcClient curseur;

	private final Pseudonymes pseudonymes;

	private final AuditService audit;

	private final CompteService comptes;

	private final Executor executeur;

	private final Executor lecteurs;

	private final Clock clock;

	private final TransactionTemplate ecriture;

	private final TransactionTemplate lecture;

	private final Parametres parametres;

	ExportsDActivite(JdbcClient sql, DataSource base, Pseudonymes pseudonymes, AuditService audit,
			CompteService comptes, @Qualifier("executeurDesExports") Executor executeur,
			@Qualifier("lecteursDesExports") Executor lecteurs, Clock clock, PlatformTransactionManager transactions,
			Parametres parametres) {
		this.sql = sql;
		JdbcTemplate parCurseur = new JdbcTemplate(base);
		parCurseur.setFetchSize(LIGNES_PAR_LECTURE);
		this.curseur = JdbcClient.create(new NamedParameterJdbcTemplate(parCurseur));
		this.pseudonymes = pseudonymes;
		this.audit = audit;
		this.comptes = comptes;
		this.executeur = executeur;
		this.lecteurs = lecteurs;
		this.clock = clock;
		this.ecriture = new TransactionTemplate(transactions);
		this.lecture = new TransactionTemplate(transactions);
		this.lecture.setReadOnly(true);
		this.parametres = parametres;
	}

	/**
	 * What the reader may export: directions read figures, not rows about people, even
	 * under a pseudonym (still personal data).
	 */
	public static List<ActiviteExportee> activites(Perimetre qui) {
		return Arrays.stream(ActiviteExportee.values())
			.filter(a -> !a.personnes() || qui.accedeAuxPersonnes())
			.toList();
	}

	/** Whether the reader may ask for this export at all. */
	public static boolean permis(Perimetre qui, DemandeDExport demande) {
		return activites(qui).contains(demande.activite()) && (!demande.nominatif() || demande.activite().personnes());
	}

	/**
	 * The rows the export would hold, counted up to the threshold: one more means "in the
	 * background" (counting a million rows to learn that would take as long as reading
	 * them).
	 */
	public long compter(Perimetre qui, DemandeDExport demande) {
		verifier(qui, demande);
		return lecture.execute(statut -> compter(qui, demande, seuil() + 1));
	}

	/** Past this many rows, an export is produced in the background. */
	public boolean enArrierePlan(long lignes) {
		return lignes > seuil();
	}

	/**
	 * Writes the export now into {@code sortie}. It is recorded and audited before the
	 * first row leaves, so that a download cut short is logged too.
	 */
	public void ecrire(Perimetre qui, DemandeDExport demande, long lignes, OutputStream sortie) {
		verifier(qui, demande);
		ecriture.executeWithoutResult(statut -> enregistrer(qui, demande, StatutExport.DIRECT, lignes));
		parcourir(qui, demande, sortie, ecrites -> {
		});
	}

	/**
	 * Records the export and has the export thread produce it once the request's
	 * transaction is committed; the author follows it on their exports page.
	 */
	public Long demander(Perimetre qui, DemandeDExport demande, long lignes) {
		verifier(qui, demande);
		Long id = ecriture.execute(statut -> enregistrer(qui, demande, StatutExport.EN_ATTENTE, lignes));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executeur.execute(() -> produire(id));
				}
			});
		}
		else {
			executeur.execute(() -> produire(id));
		}
		return id;
	}

	/**
	 * Produces a requested export in the calling thread, with its author's perimeter as
	 * it is now (an account disabled meanwhile gets nothing).
	 */
	public void produire(Long id) {
		Path fichier = null;
		try {
			ExportAProduire travail = ecriture.execute(statut -> demarrer(id));
			if (travail == null) {
				return;
			}
			Perimetre qui = comptes.compte(travail.auteur())
				.filter(compte -> compte.actif())
				.map(compte -> compte.connecte().perimetre())
				.orElseThrow(() -> new AccesRefuseException("compte de l'auteur désactivé"));
			long total = ecriture.execute(statut -> {
				long toutes = compter(qui, travail.demande(), Long.MAX_VALUE);
				sql.sql("update export_demande set lignes_total = :total where id = :id")
					.param("total", toutes)
					.param("id", id)
					.update();
				return toutes;
			});
			log.info("Export {} : {} lignes à écrire", id, total);
			fichier = Files.createTempFile("export-" + id + "-", "." + travail.demande().format().extension());
			long[] lignes = { 0 };
			long debut = System.nanoTime();
			try (OutputStream sortie = new BufferedOutputStream(Files.newOutputStream(fichier), 1 << 16)) {
				// the reader thread holds the cursor's connection; this one, none between
				// two
				// updates of the progress
				lignes[0] = parcourir(qui, travail.demande(), sortie,
						ecrites -> ecriture.executeWithoutResult(s -> avancer(id, ecrites)));
			}
			long ecrit = System.nanoTime();
			Path produit = fichier;
			ecriture.executeWithoutResult(statut -> ranger(id, produit, lignes[0]));
			log.info("Export {} : {} lignes écrites en {} ms, rangées en {} ms ({} octets)", id, lignes[0],
					(ecrit - debut) / 1_000_000, (System.nanoTime() - ecrit) / 1_000_000, Files.size(fichier));
		}
		catch (IOException | RuntimeException e) {
			log.error("Export {} arrêté", id, e);
			ecriture.executeWithoutResult(statut -> sql.sql(
					"update export_demande set statut = 'ECHEC', termine_le = :le where id = :id and statut = 'EN_COURS'")
				.param("le", Timestamp.from(clock.instant()))
				.param("id", id)
				.update());
		}
		finally {
			if (fichier != null) {
				try {
					Files.deleteIfExists(fichier);
				}
				catch (IOException e) {
					log.warn("Fichier temporaire {} non supprimé", fichier, e);
				}
			}
		}
	}

	/** The author's last exports, newest first. */
	public List<ExportDemande> demandes(Perimetre qui) {
		return lecture.execute(statut -> sql
			.sql(VUE + " where e.auteur = :auteur order by e.demande_le desc, e.id desc limit " + DERNIERES)
			.param("auteur", qui.identifiant())
			.query(ExportsDActivite::vue)
			.list());
	}

	/** One of the author's exports; nobody else's. */
	public ExportDemande demande(Perimetre qui, Long id) {
		return lecture.execute(statut -> sql.sql(VUE + " where e.id = :id and e.auteur = :auteur")
			.param("id", id)
			.param("auteur", qui.identifiant())
			.query(ExportsDActivite::vue)
			.optional()
			.orElseThrow(() -> new IntrouvableException("export", id)));
	}

	/**
	 * A ready file of the author's, not yet expired; the download is audited like the
	 * export.
	 */
	public ExportDemande pret(Perimetre qui, Long id) {
		ExportDemande demande = demande(qui, id);
		if (demande.statut() != StatutExport.PRET || !clock.instant().isBefore(demande.expireLe())) {
			throw new IntrouvableException("export", id);
		}
		return demande;
	}

	/** Copies a ready file into {@code sortie}, a piece at a time. */
	public void copier(Perimetre qui, Long id, OutputStream sortie) {
		ExportDemande demande = pret(qui, id);
		ecriture.executeWithoutResult(statut -> audit.journaliser(qui.identifiant(), "TELECHARGEMENT_EXPORT",
				"EXPORT_" + demande.activite(), id));
		lecture.executeWithoutResult(statut -> {
			int morceaux = sql.sql("select count(*) from export_morceau where demande_id = :id")
				.param("id", id)
				.query(Integer.class)
				.single();
			for (int rang = 0; rang < morceaux; rang++) {
				byte[] octets = sql.sql("select octets from export_morceau where demande_id = :id and rang = :rang")
					.param("id", id)
					.param("rang", rang)
					.query(byte[].class)
					.single();
				try {
					sortie.write(octets);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		});
	}

	/** The vagues an export can be narrowed to: those of the reader's binômes. */
	public List<Choix> vagues(Perimetre qui) {
		return lecture.execute(statut -> PerimetreSql.lier(sql.sql("""
				select v.id, v.nom from vague v where exists (
				    select 1 from binome bi where bi.vague_id = v.id and """ + PerimetreSql.BINOME + """
				) order by v.debut desc, v.id desc"""), qui)
			.query((rs, n) -> new Choix(rs.getString(1), rs.getString(2)))
			.list());
	}

	/** Deletes the files past their expiry ({@link TacheDesExports}). */
	public int purger() {
		return ecriture.execute(statut -> {
			List<Long> expires = sql
				.sql("select id from export_demande where statut = 'PRET' and expire_le <= :maintenant for update")
				.param("maintenant", Timestamp.from(clock.instant()))
				.query(Long.class)
				.list();
			if (!expires.isEmpty()) {
				sql.sql("delete from export_morceau where demande_id in (:ids)").param("ids", expires).update();
				sql.sql("update export_demande set statut = 'EXPIRE' where id in (:ids)")
					.param("ids", expires)
					.update();
			}
			return expires.size();
		});
	}

	/**
	 * Marks as failed the exports whose instance stopped: one running that has not moved
	 * on for {@link #SANS_NOUVELLES}, and one waiting for longer than any queue lasts
	 * ({@link #ATTENTE_MAX}): the queue it was in died with its instance. Any instance
	 * may run this; those that run exports note their progress well within that time.
	 * @return how many were closed
	 */
	public int cloreLesInterrompus() {
		Instant maintenant = clock.instant();
		int clos = ecriture.execute(statut -> sql.sql("""
				update export_demande set statut = 'ECHEC', termine_le = :le
				where (statut = 'EN_COURS' and coalesce(avance_le, commence_le) < :sansNouvelles)
				   or (statut = 'EN_ATTENTE' and demande_le < :attenteMax)""")
			.param("le", Timestamp.from(maintenant))
			.param("sansNouvelles", Timestamp.from(maintenant.minus(SANS_NOUVELLES)))
			.param("attenteMax", Timestamp.from(maintenant.minus(ATTENTE_MAX)))
			.update());
		if (clos > 0) {
			log.warn("{} export(s) interrompu(s) par l'arrêt de leur instance marqué(s) en échec", clos);
		}
		return clos;
	}

	private void verifier(Perimetre qui, DemandeDExport demande) {
		if (!permis(qui, demande)) {
			throw new AccesRefuseException("export nominatif refusé à " + qui.identifiant());
		}
	}

	private Long enregistrer(Perimetre qui, DemandeDExport demande, StatutExport statut, long lignes) {
		Long id = sql.sql("""
				insert into export_demande (auteur, activite, format, nominatif, vague_id, departement_code, statut,
				                            lignes_total, demande_le)
				values (:auteur, :activite, :format, :nominatif, :vague, :departement, :statut, :lignes, :le)
				returning id""")
			.param("auteur", qui.identifiant())
			.param("activite", demande.activite().name())
			.param("format", demande.format().name())
			.param("nominatif", demande.nominatif())
			.param("vague", demande.vague())
			.param("departement", demande.departement())
			.param("statut", statut.name())
			.param("lignes", lignes)
			.param("le", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		audit.journaliser(qui.identifiant(), demande.nominatif() ? "EXPORT_NOMINATIF" : "EXPORT",
				"EXPORT_" + demande.activite(), id);
		return id;
	}

	private ExportAProduire demarrer(Long id) {
		return sql
			.sql("""
					update export_demande set statut = 'EN_COURS', commence_le = :le, avance_le = :le where id = :id and statut = 'EN_ATTENTE'
					returning auteur, activite, format, vague_id, departement_code, nominatif""")
			.param("le", Timestamp.from(clock.instant()))
			.param("id", id)
			.query((rs, n) -> new ExportAProduire(rs.getString("auteur"),
					new DemandeDExport(ActiviteExportee.valueOf(rs.getString("activite")),
							FormatExport.valueOf(rs.getString("format")), rs.getObject("vague_id", Long.class),
							rs.getString("departement_code"), rs.getBoolean("nominatif"))))
			.optional()
			.orElse(null);
	}

	private void avancer(Long id, long ecrites) {
		sql.sql("update export_demande set lignes_ecrites = :ecrites, avance_le = :le where id = :id")
			.param("ecrites", ecrites)
			.param("le", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	private void ranger(Long id, Path fichier, long lignes) {
		long taille = 0;
		try (InputStream entree = Files.newInputStream(fichier)) {
			int rang = 0;
			byte[] octets;
			while ((octets = entree.readNBytes(MORCEAU)).length > 0) {
				sql.sql("insert into export_morceau (demande_id, rang, octets) values (:id, :rang, :octets)")
					.param("id", id)
					.param("rang", rang++)
					.param("octets", octets)
					.update();
				taille += octets.length;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Instant maintenant = clock.instant();
		sql.sql("""
				update export_demande set statut = 'PRET', lignes_ecrites = :lignes, taille = :taille,
				       termine_le = :le, expire_le = :expire where id = :id""")
			.param("lignes", lignes)
			.param("taille", taille)
			.param("le", Timestamp.from(maintenant))
			.param("expire",
					Timestamp.from(maintenant
						.plus(Duration.ofHours(parametres.valeur(Parametre.EXPORTS_CONSERVATION_HEURES)))))
			.param("id", id)
			.update();
	}

	/**
	 * Writes the rows; tells {@code avancement} every {@value #LIGNES_PAR_LECTURE} rows.
	 * Called without a transaction (a request, the export thread), the rows are read on a
	 * reader thread in its own read-only transaction while this one writes them; inside
	 * one (the tests' rolled-back data, which no other thread sees), in this thread.
	 */
	private long parcourir(Perimetre qui, DemandeDExport demande, OutputStream sortie, LongConsumer avancement) {
		RequeteDExport requete = RequeteDExport.de(demande.activite(), demande.nominatif());
		long[] lignes = { 0 };
		try (FichierDExport fichier = FichierDExport.ouvrir(demande.format(), sortie, demande.activite().fichier(),
				requete.colonnes())) {
			Consumer<Object[]> ecrire = ligne -> {
				try {
					fichier.ligne(ligne);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				if (++lignes[0] % LIGNES_PAR_LECTURE == 0) {
					avancement.accept(lignes[0]);
				}
			};
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				lire(qui, demande, requete, ecrire);
			}
			else {
				ecrireEnLisant(qui, demande, requete, ecrire);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lignes[0];
	}

	private void ecrireEnLisant(Perimetre qui, DemandeDExport demande, RequeteDExport requete,
			Consumer<Object[]> ecrire) {
		FileDeLignes file = new FileDeLignes();
		lecteurs.execute(() -> {
			try {
				lecture.executeWithoutResult(statut -> lire(qui, demande, requete, file::ajouter));
				file.terminer();
			}
			catch (RuntimeException e) {
				file.echouer(e);
			}
		});
		try {
			for (Object[][] lot = file.prendre(); lot != null; lot = file.prendre()) {
				for (Object[] ligne : lot) {
					ecrire.accept(ligne);
				}
			}
		}
		catch (InterruptedException e) {
			file.abandonner();
			Thread.currentThread().interrupt();
			throw new CancellationException("export interrompu");
		}
		catch (RuntimeException e) {
			file.abandonner();
			throw e;
		}
	}

	/** Reads the rows through the cursor; must run in a transaction, which keeps it. */
	private void lire(Perimetre qui, DemandeDExport demande, RequeteDExport requete, Consumer<Object[]> lignes) {
		// the planner would otherwise aim at the cursor's first rows, not at all of them
		sql.sql("set local cursor_tuple_fraction = 1").update();
		Pseudonymes.Calcul calcul = pseudonymes.calcul();
		lier(curseur.sql(requete.sql()), qui, demande)
			.query((ResultSet rs) -> lignes.accept(requete.lecture().lire(rs, calcul)));
	}

	private long seuil() {
		return parametres.valeur(Parametre.EXPORTS_SEUIL_LIGNES);
	}

	private long compter(Perimetre qui, DemandeDExport demande, long plafond) {
		return lier(sql.sql(RequeteDExport.de(demande.activite(), false).comptage()), qui, demande)
			.param("plafond", plafond)
			.query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec lier(JdbcClient.StatementSpec requete, Perimetre qui,
			DemandeDExport demande) {
		return PerimetreSql.lier(requete, qui)
			.param("vague", demande.vague())
			.param("departement", demande.departement());
	}

	private static ExportDemande vue(ResultSet rs, int n) throws SQLException {
		return new ExportDemande(rs.getLong("id"), ActiviteExportee.valueOf(rs.getString("activite")),
				FormatExport.valueOf(rs.getString("format")), rs.getBoolean("nominatif"),
				rs.getObject("vague_id", Long.class), rs.getString("vague"), rs.getString("departement_code"),
				StatutExport.valueOf(rs.getString("statut")), rs.getObject("lignes_total", Long.class),
				rs.getLong("lignes_ecrites"), rs.getObject("taille", Long.class), instant(rs, "demande_le"),
				instant(rs, "commence_le"), instant(rs, "termine_le"), instant(rs, "expire_le"));
	}

	private static Instant instant(ResultSet rs, String colonne) throws SQLException {
		Timestamp t = rs.getTimestamp(colonne);
		return t == null ? null : t.toInstant();
	}

	private record ExportAProduire(String auteur, DemandeDExport demande) {
	}

}
