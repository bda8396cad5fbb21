package fr.tierslieux.inclusion.importation;

import fr.tierslieux.inclusion.fichier.Encodage;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.LectureDuFichier;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.OptionsDeLecture;
import fr.tierslieux.inclusion.fichier.Probleme;
import fr.tierslieux.inclusion.fichier.Tableau;
import fr.tierslieux.inclusion.fichier.TypeImport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.fichier.Encodage;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.LectureDuFichier;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.OptionsDeLecture;
import fr.tierslieux.inclusion.fichier.Probleme;
import fr.tierslieux.inclusion.fichier.Tableau;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.kit.CompteKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The real files of SOURCES.md, imported as an admin or a coordinator would: counts, each
 * trap, a second run that changes nothing, and files refused without a trace.
 */
@CoreTest
@Transactional
class ImportsDesReferentielsTest {

	@Autowired
	ImportService imports;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient sql;

	@Autowired
	Clock clock;

	@Test
	void agences_file_imports_every_good_row_and_reports_each_trap_with_its_line() throws IOException {
		Connecte admin = comptes.admin();
		ImportVue vue = importer(admin, TypeImport.AGENCES, "agences/pole_emploi_agencies_2019.csv");

		assertThat(vue.statut()).isEqualTo(StatutImport.TERMINE);
		assertThat(vue.bilan().lignes()).isEqualTo(lignesDeDonnees("agences/pole_emploi_agencies_2019.csv"));
		List<Probleme> rejets = rejets(admin, vue);
		// the two SAFIR codes that appear twice, and Saint-Pierre-et-Miquelon (no
		// département)
		assertThat(rejets).extracting(Probleme::motif)
			.hasSize(3)
			.anyMatch(m -> m.startsWith("Même élément que la ligne"))
			.anyMatch(m -> m.contains("Aucun département 975"));
		assertThat(vue.bilan().rejetees()).isEqualTo(3);
		assertThat(vue.bilan().nouvelles() + vue.bilan().modifiees() + vue.bilan().inchangees()).isEqualTo(956);
		assertThat(sql.sql("select count(*) from agence where code_safir in ('14056', '97410')")
			.query(Long.class)
			.single()).isEqualTo(2);

		// decimal commas, the literal NULL, ¿ for ’, région codes without their zero
		assertThat(sql.sql("select latitude from agence where code_safir = '00310'").query(BigDecimal.class).single())
			.isEqualByComparingTo("48.909987");
		assertThat(sql.sql("select count(*) from agence where nom like '%¿%' or adresse like '%¿%' or adresse = 'NULL'")
			.query(Long.class)
			.single()).isZero();
		assertThat(rapport(admin, vue)).filteredOn(p -> p.motif().startsWith("Caractères mal encodés"))
			.extracting(Probleme::ligne)
			.containsExactlyInAnyOrderElementsOf(lignesContenant("agences/pole_emploi_agencies_2019.csv", "¿"));
		assertThat(sql
			.sql("select departement_code from agence a where a.commune like 'ST DENIS%' and code_postal like '974%'")
			.query(String.class)
			.list()).isNotEmpty().containsOnly("974");

		ImportVue encore = importer(admin, TypeImport.AGENCES, "agences/pole_emploi_agencies_2019.csv");
		assertThat(encore.bilan().nouvelles()).isZero();
		assertThat(encore.bilan().modifiees()).isZero();
		assertThat(encore.bilan().inchangees()).isEqualTo(956);
	}

	@Test
	void a_coordinator_imports_the_agences_of_their_region_only() throws IOException {
		Connecte coordination = comptes.coordinateur("28");
		String ailleursAvant = horsDeLaRegion("28");
		ImportVue vue = importer(coordination, TypeImport.AGENCES, "agences/pole_emploi_agencies_2019.csv");

		List<String> ecrites = sql.sql("""
				select a.code_safir from agence a join departement d on d.code = a.departement_code
				where d.region_code = '28' order by 1""").query(String.class).list();
		assertThat(ecrites).hasSize(vue.bilan().nouvelles() + vue.bilan().modifiees() + vue.bilan().inchangees());
		assertThat(horsDeLaRegion("28")).isEqualTo(ailleursAvant);
		Map<String, String> regionDuDepartement = new LinkedHashMap<>();
		sql.sql("select code, region_code from departement")
			.query((rs, n) -> regionDuDepartement.put(rs.getString(1), rs.getString(2)))
			.list();
		byte[] fichier = lire("agences/pole_emploi_agencies_2019.csv");
		long ailleurs = LectureDuFichier.lire(fichier, LectureDuFichier.detecter(fichier))
			.lignes()
			.stream()
			.map(l -> regionDuDepartement.get(Nettoyage.departementDuCodePostal(l.texte("CODE_POSTAL"))))
			.filter(r -> r != null && !r.equals("28"))
			.count();
		assertThat(rejets(coordination, vue)).filteredOn(p -> p.motif().startsWith("Hors de vos régions"))
			.hasSize((int) ailleurs);
		assertThatThrownBy(() -> imports.deposer(coordination, TypeImport.COMMUNES, "communes.csv",
				lire("insee-cog/communes.csv")))
			.isInstanceOf(AccesRefuseException.class);
	}

	@Test
	void cget_census_handles_missing_codes_and_is_idempotent() throws IOException {
		Connecte admin = comptes.admin();
		long avant = sql.sql("select count(*) from tiers_lieu").query(Long.class).single();
		long fablabsAvant = fablabs();
		int lignes = lignesDeDonnees("tiers-lieux/cget_tiers_lieux_2019.csv");
		ImportVue vue = importer(admin, TypeImport.TIERS_LIEUX_CGET, "tiers-lieux/cget_tiers_lieux_2019.csv");

		assertThat(vue.bilan().lignes()).isEqualTo(lignes);
		// only rows that repeat a place (same name, same commune) are left out
		assertThat(rejets(admin, vue)).hasSize(vue.bilan().rejetees())
			.allMatch(p -> p.motif().startsWith("Même élément que la ligne"));
		assertThat(vue.bilan().rejetees()).isLessThan(lignes / 100);
		assertThat(sql.sql("select count(*) from tiers_lieu").query(Long.class).single())
			.isEqualTo(avant + vue.bilan().nouvelles());
		assertThat(vue.bilan().nouvelles() + vue.bilan().modifiees() + vue.bilan().inchangees())
			.isEqualTo(lignes - vue.bilan().rejetees());
		assertThat(sql.sql("select count(*) from tiers_lieu where code_postal = '0' or code_insee = '0'")
			.query(Long.class)
			.single()).isZero();
		assertThat(sql.sql("select count(*) from tiers_lieu where site_web like 'www.%'").query(Long.class).single())
			.isZero();
		assertThat(rapport(admin, vue)).extracting(Probleme::motif)
			.anyMatch(m -> m.contains("tient lieu de code absent"))
			.anyMatch(m -> m.contains("désignent deux départements"));
		// every fablab of the census is one now, but for repeated rows and places already
		// one
		long fablabsDuFichier = lignesContenant("tiers-lieux/cget_tiers_lieux_2019.csv", "dominante fablab").size();
		assertThat(fablabs() - fablabsAvant)
			.isBetween(fablabsDuFichier - vue.bilan().rejetees() - vue.bilan().modifiees(), fablabsDuFichier);

		ImportVue encore = importer(admin, TypeImport.TIERS_LIEUX_CGET, "tiers-lieux/cget_tiers_lieux_2019.csv");
		assertThat(encore.bilan().nouvelles()).isZero();
		assertThat(encore.bilan().modifiees()).isZero();
		assertThat(sql.sql("select count(*) from tiers_lieu").query(Long.class).single())
			.isEqualTo(avant + vue.bilan().nouvelles());
		// the census repeats some places under two spellings at one address: flagged, not
		// merged
		assertThat(sql.sql("select count(*) from doublon_possible where statut = 'OUVERT'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void communes_are_keyed_by_type_and_code() throws IOException {
		Connecte admin = comptes.admin();
		ImportVue vue = importer(admin, TypeImport.COMMUNES, "insee-cog/communes.csv");

		int lignes = lignesDeDonnees("insee-cog/communes.csv");
		assertThat(vue.bilan().lignes()).isEqualTo(lignes);
		assertThat(vue.bilan().rejetees()).isZero();
		assertThat(sql.sql("select count(*) from commune").query(Long.class).single()).isEqualTo(lignes);
		assertThat(sql.sql("select count(distinct code) from commune").query(Long.class).single())
			.isEqualTo(codesDistincts("insee-cog/communes.csv"));
		assertThat(sql.sql("select departement_code from commune where type_commune = 'COM' and code = '2A004'")
			.query(String.class)
			.single()).isEqualTo("2A");

		assertThat(importer(admin, TypeImport.COMMUNES, "insee-cog/communes.csv").bilan().inchangees())
			.isEqualTo(lignes);
	}

	@Test
	void mediation_numerique_standard_reads_csv_and_json_alike() throws IOException {
		Connecte admin = comptes.admin();
		importer(admin, TypeImport.AGENCES, "agences/pole_emploi_agencies_2019.csv");
		ImportVue csv = importer(admin, TypeImport.LIEUX_MEDIATION_NUMERIQUE, "mediation-numerique/exemple-valide.csv");

		assertThat(csv.bilan().nouvelles()).isEqualTo(1);
		Map<String, Object> lieu = sql.sql(
				"select nom, departement_code, latitude, services, mis_a_jour_le::text as maj from tiers_lieu where identifiant_standard = 'structure-1'")
			.query()
			.singleRow();
		assertThat(lieu).containsEntry("nom", "Anonymal").containsEntry("departement_code", "51");
		// the standard's own example puts this place of Reims in Provence: coordinates
		// dropped
		assertThat(lieu.get("latitude")).isNull();
		assertThat(imports.problemes(admin, csv.id())).extracting(Probleme::motif)
			.anyMatch(m -> m.startsWith("Coordonnées à "));
		assertThat((String) lieu.get("services")).contains("Maîtrise des outils numériques du quotidien");
		assertThat(lieu.get("maj")).isEqualTo("2024-04-02");

		ImportVue json = imports.importer(admin, TypeImport.LIEUX_MEDIATION_NUMERIQUE, "lieux.json",
				enJson(lire("mediation-numerique/exemple-valide.csv")), n -> {
				});
		assertThat(json.bilan().lignes()).isEqualTo(1);
		assertThat(json.bilan().nouvelles()).isZero();
		assertThat(json.bilan().modifiees()).isZero();
		assertThat(json.bilan().inchangees()).isEqualTo(1);
	}

	@Test
	void a_row_breaking_the_standard_is_rejected_with_the_field_at_fault() {
		Connecte admin = comptes.admin();
		String csv = """
				id,pivot,nom,commune,code_postal,adresse,date_maj,telephone
				lieu-a,12345678901234,Médiathèque du Centre,Reims,51100,1 rue Haute,2024-05-01,0326000000
				lieu-b,,Sans pivot,Reims,51100,2 rue Basse,2024-05-01,
				lieu-c,12345678901234,Date fausse,Reims,51100,3 rue Basse,01/05/2024,
				""";
		ImportVue vue = imports.importer(admin, TypeImport.LIEUX_MEDIATION_NUMERIQUE, "lieux.csv",
				csv.getBytes(StandardCharsets.UTF_8), n -> {
				});
		assertThat(vue.bilan().nouvelles()).isEqualTo(1);
		assertThat(imports.problemes(admin, vue.id())).extracting(Probleme::ligne, Probleme::champ, Probleme::rejet)
			.containsExactlyInAnyOrder(tuple(2, "telephone", false), tuple(3, "pivot", true),
					tuple(4, "date_maj", true));
	}

	@Test
	void any_csv_list_is_read_through_a_column_mapping_in_windows_1252_without_header() {
		Connecte admin = comptes.admin();
		byte[] fichier = """
				Fablab des Pâquis;8 rue de l'Église;1000;Bourg-en-Bresse;46,2;5,22;fablab associatif
				;2 place Neuve;69001;Lyon;;;coworking
				La Fabrique à Bœufs;12 quai Est;69002;Lyon;45,75;4,83;tiers-lieu culturel
				""".getBytes(Encodage.WINDOWS_1252.charset());

		Long id = imports.deposer(admin, TypeImport.LIEUX_CSV, "liste.csv", fichier);
		ImportVue apercu = imports.vue(admin, id);
		assertThat(apercu.options().encodage()).isEqualTo(Encodage.WINDOWS_1252);
		assertThat(apercu.options().separateur()).isEqualTo(';');

		Map<String, String> colonnes = new LinkedHashMap<>();
		colonnes.put("NOM", "colonne 1");
		colonnes.put("ADRESSE", "colonne 2");
		colonnes.put("CODE_POSTAL", "colonne 3");
		colonnes.put("COMMUNE", "colonne 4");
		colonnes.put("LATITUDE", "colonne 5");
		colonnes.put("LONGITUDE", "colonne 6");
		colonnes.put("TYPOLOGIE", "colonne 7");
		imports.relire(admin, id, new OptionsDeLecture(Encodage.WINDOWS_1252, ';', false), colonnes);
		ImportVue relu = imports.vue(admin, id);
		assertThat(relu.bilan().lignes()).isEqualTo(3);
		assertThat(relu.bilan().nouvelles()).isEqualTo(2);
		assertThat(relu.bilan().rejetees()).isEqualTo(1);
		assertThat(
				sql.sql("select count(*) from tiers_lieu where nom = 'Fablab des Pâquis'").query(Long.class).single())
			.as("un aperçu n'écrit rien")
			.isZero();

		imports.enregistrerCorrespondance(admin, "Recensement régional", colonnes);
		assertThat(imports.correspondances(admin)).extracting(CorrespondanceEnregistree::colonnes)
			.containsExactly(colonnes);

		imports.importerApresApercu(admin, id);
		assertThat(sql.sql("""
				select code_postal || ' ' || departement_code || ' ' || latitude from tiers_lieu
				where nom = 'Fablab des Pâquis'""").query(String.class).single()).isEqualTo("01000 01 46.200000");
		assertThat(sql.sql("""
				select typologie from tiers_lieu_typologie ty join tiers_lieu t on t.id = ty.tiers_lieu_id
				where t.nom = 'La Fabrique à Bœufs'""").query(String.class).list())
			.containsExactly("TIERS_LIEU_CULTUREL");
		assertThat(imports.problemes(admin, id)).extracting(Probleme::ligne, Probleme::rejet).contains(tuple(2, true));
	}

	@Test
	void a_file_that_cannot_be_read_is_refused_and_nothing_is_written() {
		Connecte admin = comptes.admin();
		long avant = sql.sql("select count(*) from importation").query(Long.class).single();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] enorme = new byte[LectureDuFichier.TAILLE_MAX + 1];
		Arrays.fill(enorme, (byte) 'a');
		Map<byte[], String> fichiers = new LinkedHashMap<>();
		fichiers.put(new byte[0], "vide");
		fichiers.put(png, "n'est pas un fichier texte");
		fichiers.put(enorme, "dépasse");
		fichiers.put("CODE_SAFIR;NOM\n\"00310;PES\n".getBytes(StandardCharsets.UTF_8), "mal formé");
		fichiers.put("REG,LIBELLE\n01,Guadeloupe\n".getBytes(StandardCharsets.UTF_8), "Colonnes attendues absentes");
		fichiers.put("[1, 2".getBytes(StandardCharsets.UTF_8), "JSON est mal formé");
		fichiers.forEach((contenu,
				message) -> assertThatThrownBy(() -> imports.deposer(admin, TypeImport.AGENCES, "fichier", contenu))
					.isInstanceOf(FichierRefuseException.class)
					.hasMessageContaining(message));
		assertThat(sql.sql("select count(*) from importation").query(Long.class).single()).isEqualTo(avant);
	}

	@Test
	void imports_are_seen_by_their_author_and_admins_only() {
		Connecte coordination = comptes.coordinateur("11");
		Connecte autre = comptes.coordinateur("11");
		Connecte admin = comptes.admin();
		Long id = imports.deposer(coordination, TypeImport.LIEUX_CSV, "liste.csv",
				"nom;commune\nA;Paris\n".getBytes(StandardCharsets.UTF_8));

		assertThat(imports.dernieres(coordination, 50)).extracting(ImportVue::id).containsExactly(id);
		assertThat(imports.dernieres(autre, 50)).isEmpty();
		assertThat(imports.dernieres(admin, 50)).extracting(ImportVue::id).contains(id);
		assertThatThrownBy(() -> imports.vue(autre, id)).isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> imports.importerApresApercu(autre, id)).isInstanceOf(IntrouvableException.class);
	}

	/**
	 * With several instances, an import running on one is not closed because another
	 * starts: only one without news for ten minutes (its instance stopped) is.
	 */
	@Test
	void only_the_imports_whose_instance_stopped_are_closed() {
		Connecte admin = comptes.admin();
		byte[] fichier = "nom;commune\nA;Paris\n".getBytes(StandardCharsets.UTF_8);
		Long enCours = imports.deposer(admin, TypeImport.LIEUX_CSV, "a.csv", fichier);
		Long muet = imports.deposer(admin, TypeImport.LIEUX_CSV, "b.csv", fichier);
		Instant maintenant = clock.instant();
		enCours(enCours, maintenant.minusSeconds(30));
		enCours(muet, maintenant.minus(Duration.ofMinutes(11)));

		assertThat(imports.cloreSansNouvelles(clock.instant())).isEqualTo(1);

		assertThat(imports.vue(admin, enCours).statut()).isEqualTo(StatutImport.EN_COURS);
		assertThat(imports.vue(admin, muet).statut()).isEqualTo(StatutImport.ECHEC);
	}

	private void enCours(Long id, Instant avance) {
		sql.sql("update importation set statut = 'EN_COURS', debut = :avance, avance_le = :avance where id = :id")
			.param("avance", Timestamp.from(avance))
			.param("id", id)
			.update();
	}

	private ImportVue importer(Connecte qui, TypeImport type, String fichier) throws IOException {
		List<Integer> progression = new ArrayList<>();
		ImportVue vue = imports.importer(qui, type, fichier, lire(fichier), progression::add);
		assertThat(progression).isNotEmpty().isSorted();
		return vue;
	}

	/** Every agence outside the région, with its version: what must not change. */
	private String horsDeLaRegion(String region) {
		return sql
			.sql("""
					select count(*) || ':' || coalesce(string_agg(a.code_safir || '@' || a.version, ',' order by a.code_safir), '')
					from agence a join departement d on d.code = a.departement_code where d.region_code <> :region""")
			.param("region", region)
			.query(String.class)
			.single();
	}

	private List<Probleme> rejets(Connecte qui, ImportVue vue) {
		return rapport(qui, vue).stream().filter(Probleme::rejet).toList();
	}

	/** The whole report (the page shows its first lines only). */
	private List<Probleme> rapport(Connecte qui, ImportVue vue) {
		List<Probleme> rapport = new ArrayList<>();
		imports.parcourirProblemes(qui, vue.id(), rapport::add);
		return rapport;
	}

	private long fablabs() {
		return sql.sql("select count(*) from tiers_lieu_typologie where typologie = 'FABLAB'")
			.query(Long.class)
			.single();
	}

	/** Rows of a file without multi-line fields: its lines but the header. */
	private static int lignesDeDonnees(String fichier) throws IOException {
		return (int) new String(lire(fichier), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count() - 1;
	}

	/** The COG's second column (no quoted field in that file). */
	private static long codesDistincts(String fichier) throws IOException {
		return new String(lire(fichier), StandardCharsets.UTF_8).lines()
			.skip(1)
			.filter(l -> !l.isBlank())
			.map(l -> l.split(",", -1)[1])
			.distinct()
			.count();
	}

	/**
	 * Lines of a file (1 = the header) holding a text: this file has no multi-line field.
	 */
	private static List<Integer> lignesContenant(String fichier, String texte) throws IOException {
		String[] lignes = new String(lire(fichier), StandardCharsets.UTF_8).split("\r?\n");
		List<Integer> numeros = new ArrayList<>();
		for (int i = 0; i < lignes.length; i++) {
			if (lignes[i].contains(texte)) {
				numeros.add(i + 1);
			}
		}
		return numeros;
	}

	static byte[] lire(String fichier) throws IOException {
		try (InputStream in = ImportsDesReferentielsTest.class.getResourceAsStream("/referentiel/" + fichier)) {
			return in.readAllBytes();
		}
	}

	/** The same rows as a JSON array of objects, multiple values as arrays. */
	private static byte[] enJson(byte[] csv) {
		Tableau tableau = LectureDuFichier.lire(csv, LectureDuFichier.detecter(csv));
		List<Map<String, Object>> objets = new ArrayList<>();
		for (Ligne ligne : tableau.lignes()) {
			Map<String, Object> objet = new LinkedHashMap<>();
			ligne.valeurs()
				.forEach((k, v) -> objet.put(k,
						Set.of("services", "courriels").contains(k) ? List.of(v.split("\\|")) : v));
			objets.add(objet);
		}
		return JsonMapper.builder().build().writeValueAsBytes(objets);
	}

}
