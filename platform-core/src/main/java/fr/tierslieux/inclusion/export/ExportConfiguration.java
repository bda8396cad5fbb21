package fr.tierslieux.inclusion.export;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Large exports are produced one at a time on their own thread: a national export never
 * takes a request thread, and two never compete for the database's disk.
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

	@Bean(destroyMethod = "shutdown")
	ExecutorService executeurDesExports() {
		return Executors.newSingleThreadExecutor(tache -> new Thread(tache, "export"));
	}

	/**
	 * The threads that read an export's rows while the request (or the export thread)
	 * writes them: one per export being written, each holding one connection.
	 */
	@Bean(destroyMethod = "shutdown")
	ExecutorService lecteursDesExports() {
		AtomicInteger numero = new AtomicInteger();
		return Executors.newCachedThreadPool(tache -> {
			Thread lecteur = new Thread(tache, "export-lecture-" + numero.incrementAndGet());
			lecteur.setDaemon(true);
			return lecteur;
		});
	}

}
