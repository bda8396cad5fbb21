package fr.tierslieux.inclusion.progression;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.fichier.Encodage;
import fr.tierslieux.inclusion.fichier.FichierRefuseException;
import fr.tierslieux.inclusion.fichier.OptionsDeLecture;
import fr.tierslieux.inclusion.fichier.Probleme;
import fr.tierslieux.inclusion.fichier.TypeImport;
import fr.tierslieux.inclusion.importation.ImportService;
import fr.tierslieux.inclusion.importation.ImportVue;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A CSV of Pix results read through a column mapping: each row attached to the person it
 * names (by e-mail, else by name and first name) within the importer's régions; rows
 * naming nobody, several people or an unknown competence reported with their line; a
 * second run changes nothing; the person's page shows the levels.
 */
@CoreTest
@Transactional
class ResultatsPixTest {

	@Autowired
	ImportService imports;

	@Autowired
	ProgressionDUnePersonne progression;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient sql;

	ParcoursEnCours enCours;

	Long lina;

	Long sam;

	String nomLina;

	String nomSam;

	@BeforeEach
	void deuxPersonnes() {
		enCours = parcoursEnCours.parcoursEnCours();
		nomLina = "Pixlina" + Unique.numero();
		nomSam = "Pixsam" + Unique.numero();
		lina = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(), nomLina,
				nomLina.toLowerCase() + "@exemple.invalid", enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		sam = kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(), nomSam, null,
				enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
	}

	@Test
	void each_row_is_attached_to_the_person_it_names_and_each_rejected_row_says_why() {
		Connecte coordination = comptes.coordinateur(enCours.region().code());
		String fichier = """
				Nom;Prénom;Courriel;Compétence;Niveau;Date
				%1$s;Alex;%3$s;1.1 Mener une recherche et une veille d'information;3;15/02/2026
				%1$s;Alex;%3$s;3.1;Niveau 2;2026-02-15
				%2$s;Alex;;interagir;4;
				%1$s;Alex;%3$s;Sécuriser l’environnement numérique;1;
				Inconnue;Personne;;1.1;2;
				%2$s;Alex;;9.9;2;
				%2$s;Alex;;2.1;douze;
				%2$s;Alex;;1.2;5;hier
				""".formatted(nomLina, nomSam, nomLina.toLowerCase() + "@exemple.invalid");

		ImportVue vue = importer(coordination, fichier);

		assertThat(vue.bilan().lignes()).isEqualTo(8);
		assertThat(vue.bilan().nouvelles()).isEqualTo(5);
		assertThat(vue.bilan().rejetees()).isEqualTo(3);
		assertThat(imports.problemes(coordination, vue.id())).filteredOn(Probleme::rejet)
			.extracting(Probleme::ligne, Probleme::motif)
			.containsExactlyInAnyOrder(tuple(6, "Personne introuvable parmi les bénéficiaires de vos régions."),
					tuple(7, "Compétence Pix inconnue (attendu : un code du référentiel, 1.1 à 5.2, ou son intitulé)."),
					tuple(8, "Niveau absent ou hors de 0 à 8."));
		assertThat(imports.problemes(coordination, vue.id())).filteredOn(p -> !p.rejet())
			.extracting(Probleme::ligne)
			.containsExactly(9);
		assertThat(niveaux(lina)).containsExactly("1.1=3", "3.1=2", "4.1=1");
		assertThat(niveaux(sam)).containsExactly("1.2=5", "2.1=4");

		ImportVue encore = importer(coordination, fichier);
		assertThat(encore.bilan().nouvelles()).isZero();
		assertThat(encore.bilan().modifiees()).isZero();
		assertThat(encore.bilan().inchangees()).isEqualTo(5);
		assertThat(sql.sql("select count(*) from resultat_pix where beneficiaire_id in (?, ?)")
			.params(lina, sam)
			.query(Long.class)
			.single()).isEqualTo(5);

		assertThat(progression.progression(enCours.conseiller().perimetre(), lina).pix())
			.extracting(ResultatsPix.Resultat::competence, ResultatsPix.Resultat::niveau)
			.containsExactly(tuple("1.1", 3), tuple("3.1", 2), tuple("4.1", 1));
	}

	@Test
	void a_coordinator_reaches_only_the_people_of_their_regions_and_a_name_shared_by_two_is_refused() {
		kit.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(), nomSam, null,
				enCours.parcours().id(), OrientationStatut.PROPOSEE);
		Connecte ailleurs = comptes.coordinateur(parcoursEnCours.parcoursEnCours().region().code());
		String fichier = "Nom;Prénom;Compétence;Niveau\n%s;Alex;1.1;3\n%s;Alex;1.1;3\n".formatted(nomLina, nomSam);

		ImportVue horsRegion = importer(ailleurs, fichier);
		assertThat(horsRegion.bilan().rejetees()).isEqualTo(2);
		assertThat(niveaux(lina)).isEmpty();

		ImportVue homonymes = importer(comptes.coordinateur(enCours.region().code()), fichier);
		assertThat(homonymes.bilan().nouvelles()).isEqualTo(1);
		assertThat(imports.problemes(comptes.admin(), homonymes.id())).extracting(Probleme::ligne, Probleme::motif)
			.containsExactly(tuple(3, "Plusieurs personnes portent ce nom : indiquez la colonne du courriel."));
	}

	@Test
	void a_mapping_without_the_person_or_the_level_is_refused_before_any_row() {
		Connecte coordination = comptes.coordinateur(enCours.region().code());
		Long id = imports.deposer(coordination, TypeImport.RESULTATS_PIX, "pix.csv",
				"Nom;Compétence;Niveau\nA;1.1;2\n".getBytes(StandardCharsets.UTF_8));
		assertThat(imports.champs(TypeImport.RESULTATS_PIX)).extracting(c -> c.nom())
			.containsExactly("NOM", "PRENOM", "EMAIL", "COMPETENCE", "NIVEAU", "DATE");
		assertThatThrownBy(() -> imports.relire(coordination, id, new OptionsDeLecture(Encodage.UTF_8, ';', true),
				Map.of("NOM", "Nom", "COMPETENCE", "Compétence", "NIVEAU", "Niveau")))
			.isInstanceOf(FichierRefuseException.class);
	}

	private ImportVue importer(Connecte qui, String contenu) {
		Long id = imports.deposer(qui, TypeImport.RESULTATS_PIX, "pix.csv", contenu.getBytes(StandardCharsets.UTF_8));
		List<String> entetes = List.of(contenu.lines().findFirst().orElseThrow().split(";"));
		Map<String, String> colonnes = new LinkedHashMap<>();
		Map<String, String> champs = Map.of("Nom", "NOM", "Prénom", "PRENOM", "Courriel", "EMAIL", "Compétence",
				"COMPETENCE", "Niveau", "NIVEAU", "Date", "DATE");
		entetes.forEach(e -> colonnes.put(champs.get(e), e));
		imports.relire(qui, id, new OptionsDeLecture(Encodage.UTF_8, ';', true), colonnes);
		imports.importerApresApercu(qui, id);
		return imports.vue(qui, id);
	}

	private List<String> niveaux(Long personne) {
		return sql
			.sql("select competence || '=' || niveau from resultat_pix where beneficiaire_id = ? order by competence")
			.param(personne)
			.query(String.class)
			.list();
	}

}
