package fr.tierslieux.inclusion.postgres;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a separate JVM by {@link LocalPostgresTest}: starts an embedded PostgreSQL on
 * the given directory, says so, and waits to be killed, leaving its server behind as a
 * killed platform does.
 */
public final class ServeurQuiSeraTue {

	private ServeurQuiSeraTue() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false)
			.start();
		System.out.println("PRET " + postgres.getJdbcUrl("postgres", "postgres"));
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
