package fr.tierslieux.inclusion.commun;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a scheduled job on one instance only, whichever instances share the database: the
 * one that takes the job's row in {@code shedlock} runs it, the others skip that run
 * (ShedLock, on the database's clock so that the instances' clocks need not agree).
 */
@Component
public class TacheUnique {

	private final LockingTaskExecutor executeur;

	TacheUnique(DataSource dataSource) {
		this.executeur = new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.usingDbTime()
					.build()));
	}

	/**
	 * @param auMoins the lock is kept this long even when the job ends sooner, so that an
	 * instance whose timer fires a little later does not run it again
	 * @param auPlus the lock is let go after this long even if its instance died holding
	 * it
	 * @return what the job returned, or {@code null} when another instance holds the job
	 */
	public <T> T executer(String nom, Duration auMoins, Duration auPlus, Supplier<T> travail) {
		// ShedLock commits its lock on the thread's connection: inside a transaction it
		// would commit the caller's work with it
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Une tâche unique se lance hors de toute transaction : " + nom);
		}
		try {
			TaskResult<T> resultat = executeur.executeWithLock(travail::get,
					new LockConfiguration(Instant.now(), nom, auPlus, auMoins));
			return resultat.wasExecuted() ? resultat.getResult() : null;
		}
		catch (RuntimeException | Error e) {
			throw e;
		}
		catch (Throwable e) {
			throw new IllegalStateException(e);
		}
	}

}
