package fr.tierslieux.inclusion.importation.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.importation.ImportService;
import fr.tierslieux.inclusion.importation.ImportVue;
import fr.tierslieux.inclusion.importation.StatutImport;

/**
 * An import from the command line ({@code scripts/importer.sh TYPE FICHIER}): the same
 * checks and report as the page, progress in the log, then the application stops with 0
 * when the import ran (even with rejected rows, listed) and 1 when the file was refused.
 */
@Component
@ConditionalOnProperty("plateforme.importer.fichier")
class ImportEnLigneDeCommande implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportEnLigneDeCommande.class);

	private final ImportService imports;

	private final CompteService comptes;

	private final JdbcClient sql;

	private final ApplicationContext contexte;

	ImportEnLigneDeCommande(ImportService imports, CompteService comptes, JdbcClient sql, ApplicationContext contexte) {
		this.imports = imports;
		this.comptes = comptes;
		this.sql = sql;
		this.contexte = contexte;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException {
		String type = arguments.containsOption("plateforme.importer.type")
				? arguments.getOptionValues("plateforme.importer.type").get(0) : "";
		Path fichier = Path.of(arguments.getOptionValues("plateforme.importer.fichier").get(0));
		int code = importer(type, fichier, arguments.containsOption("plateforme.importer.compte")
				? arguments.getOptionValues("plateforme.importer.compte").get(0) : null);
		System.exit(SpringApplication.exit(contexte, (ExitCodeGenerator) () -> code));
	}

	private int importer(String type, Path fichier, String compte) throws IOException {
		TypeImport choisi = Arrays.stream(TypeImport.values())
			.filter(t -> t.name().equalsIgnoreCase(type))
			.findFirst()
			.orElse(null);
		if (choisi == null) {
			log.error("Type d'import inconnu « {} » : {}", type, Arrays.toString(TypeImport.values()));
			return 2;
		}
		String identifiant = compte != null ? compte
				: sql.sql("select identifiant from utilisateur where role = 'ADMIN' and actif order by id limit 1")
					.query(String.class)
					.optional()
					.orElse(null);
		Connecte auteur = identifiant == null ? null
				: comptes.compte(identifiant).map(CompteService.CompteConnecte::connecte).orElse(null);
		if (auteur == null) {
			log.error("Aucun compte « {} » pour signer l'import (--plateforme.importer.compte=…)", identifiant);
			return 2;
		}
		long debut = System.nanoTime();
		try {
			ImportVue vue = imports.importer(auteur, choisi, fichier.getFileName().toString(),
					Files.readAllBytes(fichier), traitees -> log.info("… {} lignes traitées", traitees));
			log.info("Import {} de {} : {} en {} ms — {}", vue.id(), fichier, vue.statut(),
					(System.nanoTime() - debut) / 1_000_000, vue.bilan());
			imports.parcourirProblemes(auteur, vue.id(), p -> log.info("ligne {} {} : {}{}", p.ligne(),
					p.rejet() ? "écartée" : "gardée", p.champ() == null ? "" : p.champ() + " — ", p.motif()));
			return vue.statut() == StatutImport.TERMINE ? 0 : 1;
		}
		catch (FichierRefuseException refus) {
			log.error("Fichier refusé, rien n'a été écrit : {}", refus.getMessage());
			return 1;
		}
	}

}
