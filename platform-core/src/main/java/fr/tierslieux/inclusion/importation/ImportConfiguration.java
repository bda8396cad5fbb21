package fr.tierslieux.inclusion.importation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Imports run one at a time on their own thread: a large file never takes the request
 * threads, and two files never compete for the same rows.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean(destroyMethod = "shutdown")
	ExecutorService executeurDesImports() {
		return Executors.newSingleThreadExecutor(tache -> new Thread(tache, "import"));
	}

}
