package fr.tierslieux.inclusion.postgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one running platform, over a data directory that survives
 * restarts. A lock file tells a second platform on the same directory to stop at once
 * with a clear message; a server left behind by a platform that was killed (its lock died
 * with it) is stopped first.
 */
public final class LocalPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

	private static final Duration ARRET_MAX = Duration.ofSeconds(20);

	private final FileChannel canal;

	private final FileLock verrou;

	private final EmbeddedPostgres postgres;

	private LocalPostgres(FileChannel canal, FileLock verrou, EmbeddedPostgres postgres) {
		this.canal = canal;
		this.verrou = verrou;
		this.postgres = postgres;
	}

	public static LocalPostgres start(Path directory, int port) throws IOException {
		Path donnees = directory.toAbsolutePath().normalize();
		Files.createDirectories(donnees);
		FileChannel canal = FileChannel.open(donnees.resolveSibling(donnees.getFileName() + ".lock"),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock verrou = verrouiller(canal, donnees);
		try {
			arreterUnServeurOrphelin(donnees);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(donnees)
				.setCleanDataDirectory(false)
				.setPort(port)
				// This database keeps people's real work: the library starts PostgreSQL
				// with -F
				// (fsync off) and synchronous_commit off, fine for throw-away test data
				// only.
				// The options given here come after -F on the command line, so they win.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();
			return new LocalPostgres(canal, verrou, postgres);
		}
		catch (IOException | RuntimeException ex) {
			verrou.release();
			canal.close();
			throw ex;
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public int port() {
		return postgres.getPort();
	}

	/**
	 * Stops PostgreSQL (a fast shutdown, with a checkpoint) and frees the directory;
	 * twice is once.
	 */
	@Override
	public synchronized void close() throws IOException {
		if (!canal.isOpen()) {
			return;
		}
		try {
			postgres.close();
		}
		finally {
			verrou.release();
			canal.close();
		}
	}

	private static FileLock verrouiller(FileChannel canal, Path donnees) throws IOException {
		FileLock verrou;
		try {
			verrou = canal.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			verrou = null;
		}
		if (verrou == null) {
			canal.close();
			throw new RepertoireOccupeException(donnees);
		}
		return verrou;
	}

	/**
	 * Nobody holds the lock, so a live postmaster on this directory belongs to a killed
	 * platform.
	 */
	private static void arreterUnServeurOrphelin(Path donnees) throws IOException {
		Path pidFile = donnees.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lignes = Files.readAllLines(pidFile);
		Optional<ProcessHandle> serveur = lignes.isEmpty() ? Optional.empty()
				: ProcessHandle.of(Long.parseLong(lignes.get(0).strip())).filter(ProcessHandle::isAlive);
		if (serveur.isEmpty()) {
			return; // a stale pid file: PostgreSQL removes it itself
		}
		log.warn("PostgreSQL embarqué resté actif (pid {}) après un arrêt brutal : arrêt avant redémarrage",
				serveur.get().pid());
		serveur.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, which writes a
									// checkpoint
		try {
			serveur.get().onExit().get(ARRET_MAX.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Le PostgreSQL embarqué resté actif (pid " + serveur.get().pid()
					+ ") ne s'est pas arrêté ; arrêtez-le avant de relancer la plateforme.", ex);
		}
	}

}
