package fr.tierslieux.inclusion.importation.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.tierslieux.inclusion.fichier.ChampACorrespondre;
import fr.tierslieux.inclusion.importation.DoublonsService;
import fr.tierslieux.inclusion.commun.Saisie;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.fichier.Encodage;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.OptionsDeLecture;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.importation.ImportService;
import fr.tierslieux.inclusion.importation.ImportVue;
import fr.tierslieux.inclusion.importation.StatutImport;

/**
 * Imports from the admin's and coordinator's pages: upload, preview with the problems
 * found (nothing written), column mapping for any CSV list, run with a progress bar,
 * report on the page and as CSV.
 */
@Controller
class ImportController {

	private static final String LISTE = "imports/liste";

	private static final String IMPORT = "imports/import";

	/** Rows of the file shown on the preview, to check the encoding and the columns. */
	private static final int LIGNES_MONTREES = 5;

	private final ImportService imports;

	private final DoublonsService doublons;

	ImportController(ImportService imports, DoublonsService doublons) {
		this.imports = imports;
		this.doublons = doublons;
	}

	@GetMapping("/imports")
	String liste(@AuthenticationPrincipal Connecte moi, Model model) {
		return afficherListe(moi, model, null, null, null);
	}

	@PostMapping("/imports")
	String deposer(@AuthenticationPrincipal Connecte moi, @RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "fichier", required = false) MultipartFile fichier, Model model,
			HttpServletResponse response) throws IOException {
		TypeImport choisi = Arrays.stream(TypeImport.values())
			.filter(t -> t.name().equals(type) && imports.types(moi.perimetre()).contains(t))
			.findFirst()
			.orElse(null);
		String erreurType = choisi == null ? "imports.erreur.type" : null;
		String erreurFichier = fichier == null || fichier.isEmpty() ? "imports.erreur.fichier" : null;
		if (erreurType != null || erreurFichier != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return afficherListe(moi, model, type, erreurType, erreurFichier);
		}
		try {
			ImportService.verifierTaille(fichier.getSize()); // before reading it into
																// memory
			Long id = imports.deposer(moi, choisi, nomDuFichier(fichier), fichier.getBytes());
			return "redirect:/imports/" + id;
		}
		catch (FichierRefuseException refus) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refus", refus.getMessage());
			return afficherListe(moi, model, type, null, null);
		}
	}

	@GetMapping("/imports/{id}")
	String voir(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, Model model) {
		return afficher(moi, id, model);
	}

	/** Reads the file again with other options or another column mapping. */
	@PostMapping("/imports/{id}/lecture")
	String relire(@AuthenticationPrincipal Connecte moi, @PathVariable Long id,
			@RequestParam Map<String, String> parametres, Model model, HttpServletResponse response) {
		ImportVue vue = imports.vue(moi, id);
		OptionsDeLecture options = options(parametres, vue.options());
		Map<String, String> correspondance = correspondance(parametres, imports.champs(vue.type()));
		if (vue.type().avecCorrespondance()) {
			String modele = parametres.get("modele");
			imports.correspondances(moi)
				.stream()
				.filter(c -> String.valueOf(c.id()).equals(modele))
				.findFirst()
				.ifPresent(c -> {
					correspondance.clear();
					correspondance.putAll(c.colonnes());
				});
		}
		try {
			imports.relire(moi, id, options, correspondance);
			String nom = Saisie.nettoyer(parametres.get("nomCorrespondance"), 100);
			if (vue.type().avecCorrespondance() && !nom.isEmpty()) {
				imports.enregistrerCorrespondance(moi, nom, correspondance);
			}
		}
		catch (FichierRefuseException refus) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refus", refus.getMessage());
			return afficher(moi, id, model);
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/lancer")
	String lancer(@AuthenticationPrincipal Connecte moi, @PathVariable Long id) {
		imports.lancer(moi, id);
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/abandonner")
	String abandonner(@AuthenticationPrincipal Connecte moi, @PathVariable Long id) {
		imports.abandonner(moi, id);
		return "redirect:/imports";
	}

	/**
	 * The whole report as CSV for a spreadsheet: {@code ;} and UTF-8 with a byte order
	 * mark, so that Excel in French opens it as it is.
	 */
	@GetMapping("/imports/{id}/rapport.csv")
	void rapport(@AuthenticationPrincipal Connecte moi, @PathVariable Long id, HttpServletResponse response)
			throws IOException {
		ImportVue vue = imports.vue(moi, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"rapport-import-" + vue.id() + ".csv\"");
		PrintWriter sortie = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		sortie.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(sortie,
				CSVFormat.DEFAULT.builder()
					.setDelimiter(';')
					.setHeader("ligne", "champ", "valeur", "motif", "gravite")
					.get())) {
			imports.parcourirProblemes(moi, id, p -> {
				try {
					csv.printRecord(p.ligne(), p.champ(), p.valeur(), p.motif(), p.rejet() ? "rejet" : "avertissement");
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private String afficherListe(Connecte moi, Model model, String type, String erreurType, String erreurFichier) {
		model.addAttribute("types", imports.types(moi.perimetre()));
		model.addAttribute("imports", imports.dernieres(moi, 20));
		model.addAttribute("typeChoisi", type);
		model.addAttribute("doublons", doublons.nombreOuverts(moi.perimetre()));
		model.addAttribute("erreurType", erreurType);
		model.addAttribute("erreurFichier", erreurFichier);
		return LISTE;
	}

	private String afficher(Connecte moi, Long id, Model model) {
		ImportVue vue = imports.vue(moi, id);
		model.addAttribute("import", vue);
		model.addAttribute("problemes", imports.problemes(moi, id));
		model.addAttribute("problemesMax", ImportService.PROBLEMES_AFFICHES);
		if (vue.statut() == StatutImport.APERCU) {
			model.addAttribute("lignes", apercu(moi, id, model));
			model.addAttribute("encodages", Encodage.values());
			if (vue.type().avecCorrespondance()) {
				model.addAttribute("champs", imports.champs(vue.type()));
				model.addAttribute("modeles", imports.correspondances(moi));
			}
		}
		return IMPORT;
	}

	/** The first rows as read now; a reading that fails says why instead. */
	private Object apercu(Connecte moi, Long id, Model model) {
		try {
			return imports.premieresLignes(moi, id, LIGNES_MONTREES);
		}
		catch (FichierRefuseException refus) {
			model.addAttribute("refus", refus.getMessage());
			return null;
		}
	}

	private static OptionsDeLecture options(Map<String, String> parametres, OptionsDeLecture actuelles) {
		Encodage encodage = Arrays.stream(Encodage.values())
			.filter(e -> e.name().equals(parametres.get("encodage")))
			.findFirst()
			.orElse(actuelles.encodage());
		String separateur = parametres.getOrDefault("separateur", "");
		char choisi = separateur.equals("tab") ? '\t'
				: separateur.length() == 1 && OptionsDeLecture.SEPARATEURS.indexOf(separateur.charAt(0)) >= 0
						? separateur.charAt(0) : actuelles.separateur();
		return new OptionsDeLecture(encodage, choisi, parametres.containsKey("avecEntete"));
	}

	/** {@code champ.NOM=colonne 1} → {@code NOM → colonne 1}, empty choices left out. */
	private static Map<String, String> correspondance(Map<String, String> parametres, List<ChampACorrespondre> champs) {
		Map<String, String> correspondance = new LinkedHashMap<>();
		for (ChampACorrespondre champ : champs) {
			String colonne = parametres.get("champ." + champ.nom());
			if (colonne != null && !colonne.isBlank()) {
				correspondance.put(champ.nom(), Saisie.nettoyer(colonne, 200));
			}
		}
		return correspondance;
	}

	private static String nomDuFichier(MultipartFile fichier) {
		String nom = fichier.getOriginalFilename();
		return nom == null || nom.isBlank() ? "fichier" : Saisie.nettoyer(nom, 255);
	}

}
