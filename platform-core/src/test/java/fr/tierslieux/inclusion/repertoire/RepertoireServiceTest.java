package fr.tierslieux.inclusion.repertoire;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.fichier.LectureDuFichier;
import fr.tierslieux.inclusion.fichier.Ligne;
import fr.tierslieux.inclusion.fichier.SchemaTableau;
import fr.tierslieux.inclusion.fichier.Tableau;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory: exact sets for each filter, pages by key, distances, rights, export. */
@CoreTest
@Transactional
class RepertoireServiceTest {

	@Autowired
	RepertoireService repertoire;

	@Autowired
	ExportMediationNumerique export;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	AnnuaireService annuaireService;

	@Autowired
	JdbcClient sql;

	@Test
	void filters_give_exactly_the_places_they_name_page_after_page() {
		RegionDeTest ici = territoire.region();
		RegionDeTest ailleurs = territoire.region();
		List<Long> attendus = new ArrayList<>();
		for (String nom : List.of("Alpha", "bravo", "Charlie", "Delta", "écho")) {
			attendus.add(annuaire.tiersLieu(nom + " lieu", ici.departement()));
		}
		annuaire.tiersLieu("Alpha ailleurs", ailleurs.departement());

		List<Long> lus = new ArrayList<>();
		Curseur curseur = new Curseur(null, null, 2);
		Tranche<LieuDuRepertoire> page;
		do {
			page = repertoire.lister(Genre.TIERS_LIEUX, new FiltreAnnuaire(ici.code(), null, null, null), curseur);
			lus.addAll(page.map(LieuDuRepertoire::id));
			curseur = page.suivante();
		}
		while (curseur != null);
		List<Long> dUnCoup = repertoire
			.lister(Genre.TIERS_LIEUX, new FiltreAnnuaire(ici.code(), null, null, null), Curseur.debut())
			.map(LieuDuRepertoire::id);
		assertThat(dUnCoup).containsExactlyInAnyOrderElementsOf(attendus);
		assertThat(lus).as("pages de deux, dans l'ordre d'une seule page").containsExactlyElementsOf(dUnCoup);

		assertThat(repertoire
			.lister(Genre.TIERS_LIEUX, new FiltreAnnuaire(null, ici.departement(), null, "charl"), Curseur.debut())
			.map(LieuDuRepertoire::id)).containsExactly(attendus.get(2));
		sql.sql("delete from tiers_lieu_typologie where tiers_lieu_id = :id").param("id", attendus.get(1)).update();
		sql.sql("insert into tiers_lieu_typologie values (:id, 'COWORKING')").param("id", attendus.get(1)).update();
		assertThat(repertoire
			.lister(Genre.TIERS_LIEUX, new FiltreAnnuaire(ici.code(), null, TiersLieuTypologie.COWORKING, null),
					Curseur.debut())
			.map(LieuDuRepertoire::id)).containsExactly(attendus.get(1));
	}

	@Test
	void the_nearest_places_of_a_commune_come_first() {
		RegionDeTest ici = territoire.region();
		Long centre = lieu("Centre", ici.departement(), 45.0, 5.0);
		Long proche = lieu("Proche", ici.departement(), 45.05, 5.0);
		Long loin = lieu("Loin", ici.departement(), 45.5, 5.0);
		annuaire.tiersLieu("Sans coordonnées", ici.departement());

		RepertoireService.Proches proches = repertoire.proches(Genre.TIERS_LIEUX,
				new FiltreAnnuaire(ici.code(), null, null, null), "Commune de Centre");
		assertThat(proches.commune()).isEqualTo("Commune de Centre (" + ici.departement() + ")");
		assertThat(proches.lieux()).extracting(LieuDuRepertoire::id).containsExactly(centre, proche, loin);
		assertThat(proches.lieux().get(1).distanceKm()).isBetween(5.0, 6.0);
		assertThat(repertoire.proches(Genre.TIERS_LIEUX, FiltreAnnuaire.aucun(), "Commune qui n'existe pas").commune())
			.isNull();
	}

	@Test
	void a_profile_is_edited_by_its_coordination_and_its_facilitators_only() {
		RegionDeTest ici = territoire.region();
		Long lieu = annuaire.tiersLieu("Lieu du profil", ici.departement());
		Long reseau = annuaireService.creerReseau("Réseau " + ici.code(), ici.code());
		Long reseauAilleurs = annuaireService.creerReseau("Réseau ailleurs " + ici.code(), territoire.region().code());
		assertThat(repertoire.reseaux(lieu)).extracting(Choix::code)
			.contains(String.valueOf(reseau))
			.doesNotContain(String.valueOf(reseauAilleurs));
		ProfilTiersLieu profil = new ProfilTiersLieu(TiersLieuRole.RESSOURCE, Set.of(TiersLieuTypologie.FOODLAB), 25,
				"Four, imprimante 3D", true, null, "https://lieu.example", "01 02 03 04 05", "contact@lieu.example",
				"Du lundi au vendredi", "Un lieu pour apprendre en faisant", reseau);
		Connecte coordination = comptes.coordinateur(ici.code());
		Connecte facilitateur = comptes.facilitateur(lieu);

		repertoire.modifierProfil(coordination.perimetre(), lieu, 0, profil);
		FicheTiersLieu fiche = repertoire.fiche(facilitateur.perimetre(), lieu);
		assertThat(fiche.profil()).isEqualTo(profil);
		assertThat(fiche.modifiable()).isTrue();
		repertoire.modifierProfil(facilitateur.perimetre(), lieu, 1, profil);

		for (Connecte autre : List.of(comptes.coordinateur(territoire.region().code()),
				comptes.facilitateur(annuaire.tiersLieu("Autre lieu", ici.departement())),
				comptes.conseiller(annuaire.agence(ici.departement())))) {
			assertThat(repertoire.fiche(autre.perimetre(), lieu).modifiable()).isFalse();
			assertThatThrownBy(() -> repertoire.modifierProfil(autre.perimetre(), lieu, 2, profil))
				.isInstanceOf(AccesRefuseException.class);
		}
		assertThatThrownBy(() -> repertoire.modifierProfil(coordination.perimetre(), lieu, 1, profil))
			.isInstanceOf(ConflitException.class);
	}

	@Test
	void the_export_is_valid_against_the_standards_schema() {
		RegionDeTest ici = territoire.region();
		Long complet = annuaire.tiersLieu("Lieu complet, \"cité\"", ici.departement());
		sql.sql("""
				update tiers_lieu set adresse = '1 rue Haute', code_postal = '75011', latitude = 48.86, longitude = 2.37,
				       telephone = '01 02', presentation = :longue where id = :id""")
			.param("longue", "x".repeat(400))
			.param("id", complet)
			.update();
		annuaire.tiersLieu("Lieu sans adresse", ici.departement());

		StringWriter csv = new StringWriter();
		ExportMediationNumerique.Bilan bilan = export.exporter(new FiltreAnnuaire(ici.code(), null, null, null), csv);

		assertThat(bilan).isEqualTo(new ExportMediationNumerique.Bilan(1, 1));
		byte[] octets = csv.toString().getBytes(StandardCharsets.UTF_8);
		Tableau tableau = LectureDuFichier.lire(octets, LectureDuFichier.detecter(octets));
		SchemaTableau schema = SchemaTableau.charger(ExportMediationNumerique.SCHEMA);
		assertThat(tableau.colonnes())
			.containsExactlyElementsOf(schema.champs().stream().map(SchemaTableau.Champ::nom).toList());
		assertThat(tableau.lignes()).hasSize(1);
		Ligne ligne = tableau.lignes().get(0);
		assertThat(schema.verifier(ligne)).isEmpty();
		assertThat(ligne.texte("nom")).isEqualTo("Lieu complet, \"cité\"");
		assertThat(ligne.texte("id")).isEqualTo("tiers-lieu-" + complet);
		assertThat(ligne.texte("telephone")).as("refusé par le standard : laissé vide").isNull();
	}

	private Long lieu(String nom, String departement, double latitude, double longitude) {
		Long id = annuaire.tiersLieu(nom, departement);
		sql.sql("update tiers_lieu set latitude = :lat, longitude = :lon where id = :id")
			.param("lat", latitude)
			.param("lon", longitude)
			.param("id", id)
			.update();
		return id;
	}

}
