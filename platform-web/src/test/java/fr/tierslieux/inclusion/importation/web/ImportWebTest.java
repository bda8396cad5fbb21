package fr.tierslieux.inclusion.importation.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.fichier.LectureDuFichier;
import fr.tierslieux.inclusion.importation.ImportService;
import fr.tierslieux.inclusion.importation.StatutImport;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages: upload, preview with nothing written, run in the background, report
 * on the page and as CSV; bad input gets its message beside the field.
 */
@WebTest
class ImportWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompteKit comptes;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient sql;

	/** 98…: no French site has such a code (SAFIR codes follow the départements). */
	String safir = String.valueOf(98_000 + Unique.numero() % 1_000);

	@AfterEach
	void effacer() {
		sql.sql("delete from agence where code_safir = :code").param("code", safir).update();
	}

	@Test
	void an_upload_is_previewed_then_run_and_its_report_downloaded() throws Exception {
		Connecte admin = comptes.admin();
		String fichier = """
				CODE_SAFIR;NOM;TYPE_SITE;REGION;ADRESSE;CODE_POSTAL;COMMUNE;DN_LATITUDE;DN_LONGITUDE
				%s;AGENCE DE TEST;ALE;11;1 RUE DU TEST;75011;PARIS;"48,86";"2,37"
				%s;AUTRE;XXX;11;2 RUE;75011;PARIS;NULL;NULL
				""".formatted(safir, safir);
		MvcResult depot = deposer(admin, "AGENCES", fichier.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = depot.getResponse().getRedirectedUrl();

		Document apercu = html(mvc.perform(get(page).with(ComptesDemo.connecte(admin))));
		assertThat(apercu.select("#bilan dd").eachText()).containsExactly("2", "1", "0", "0", "1", "0");
		assertThat(apercu.select("#rapport tbody tr").eachText()).singleElement()
			.asString()
			.contains("3", "TYPE_SITE", "XXX", "Type de site inconnu", "Ligne écartée");
		assertThat(apercu.select("#premieres-lignes tbody tr")).hasSize(2);
		assertThat(agences()).as("un aperçu n'écrit rien").isZero();

		mvc.perform(post(page + "/lancer").with(csrf()).with(ComptesDemo.connecte(admin)))
			.andExpect(status().is3xxRedirection());
		Long id = Long.valueOf(page.substring(page.lastIndexOf('/') + 1));
		attendreLaFin(admin, id);
		assertThat(agences()).isEqualTo(1);
		Document fin = html(mvc.perform(get(page).with(ComptesDemo.connecte(admin))));
		assertThat(fin.select(".alert-success").text()).startsWith("Import terminé en");

		String csv = mvc.perform(get(page + "/rapport.csv").with(ComptesDemo.connecte(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFligne;champ;valeur;motif;gravite")
			.contains("3;TYPE_SITE;XXX;Type de site inconnu (ALE, DDA ou DRA).;rejet");

		mvc.perform(post(page + "/lancer").with(csrf()).with(ComptesDemo.connecte(admin)))
			.andExpect(status().isConflict());
	}

	@Test
	void a_missing_choice_or_an_unreadable_file_is_said_beside_the_field_and_nothing_is_stored() throws Exception {
		Connecte coordination = comptes.coordinateur("11");
		long avant = sql.sql("select count(*) from importation").query(Long.class).single();

		Document sansRien = html(
				mvc.perform(multipart("/imports").with(csrf()).with(ComptesDemo.connecte(coordination)))
					.andExpect(status().isUnprocessableContent()));
		assertThat(sansRien.select("#type-erreur").text()).isEqualTo("Choisissez le type de fichier.");
		assertThat(sansRien.select("#fichier-erreur").text()).isEqualTo("Choisissez un fichier.");

		// the national geography is the admins' only: not offered, and refused if posted
		assertThat(html(mvc.perform(get("/imports").with(ComptesDemo.connecte(coordination)))).select("#type option")
			.eachAttr("value")).doesNotContain("COMMUNES", "REGIONS", "DEPARTEMENTS").contains("AGENCES");
		assertThat(html(deposer(coordination, "COMMUNES", "TYPECOM,COM\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())).select("#type-erreur").text())
			.isEqualTo("Choisissez le type de fichier.");

		assertThat(html(deposer(coordination, "AGENCES", new byte[0])).select("#fichier-erreur").text())
			.isEqualTo("Choisissez un fichier.");
		Document binaire = html(deposer(coordination, "AGENCES", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 })
			.andExpect(status().isUnprocessableContent()));
		assertThat(binaire.select("#refus").text()).contains("n'est pas un fichier texte");
		assertThat(binaire.select("#fichier").attr("aria-describedby")).isEqualTo("refus");
		Document mauvaisFormat = html(deposer(coordination, "AGENCES", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent()));
		assertThat(mauvaisFormat.select("#refus").text()).startsWith("Colonnes attendues absentes : CODE_SAFIR");

		Document tropGros = html(deposer(coordination, "AGENCES", new byte[LectureDuFichier.TAILLE_MAX + 1])
			.andExpect(status().isUnprocessableContent()));
		assertThat(tropGros.select("#refus").text()).startsWith("Le fichier dépasse 20 Mo");

		assertThat(sql.sql("select count(*) from importation").query(Long.class).single()).isEqualTo(avant);
	}

	@Test
	void nobody_opens_an_import_of_somebody_else() throws Exception {
		Connecte auteur = comptes.coordinateur("11");
		Connecte autre = comptes.coordinateur("11");
		String page = deposer(auteur, "LIEUX_CSV", "nom;commune\nA;Paris\n".getBytes(StandardCharsets.UTF_8))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(page).with(ComptesDemo.connecte(autre))).andExpect(status().isNotFound());
		mvc.perform(get(page + "/rapport.csv").with(ComptesDemo.connecte(autre))).andExpect(status().isNotFound());
		mvc.perform(post(page + "/lancer").with(csrf()).with(ComptesDemo.connecte(autre)))
			.andExpect(status().isNotFound());
		assertThat(html(mvc.perform(get("/imports").with(ComptesDemo.connecte(autre)))).select("#imports a")
			.eachAttr("href")).doesNotContain(page);
	}

	@Test
	void a_list_of_places_is_read_through_the_columns_the_user_points_to() throws Exception {
		Connecte admin = comptes.admin();
		String page = deposer(admin, "LIEUX_CSV",
				"Lieu;Ville;CP\nLa Ruche;Ajaccio;20000\n;Bastia;20200\n".getBytes(StandardCharsets.UTF_8))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document avant = html(mvc.perform(get(page).with(ComptesDemo.connecte(admin))));
		assertThat(avant.select("#champ-NOM option").eachText()).contains("Lieu", "Ville", "CP");
		assertThat(avant.select("form[action$=/lancer]")).as("rien à lancer sans correspondance").isEmpty();

		mvc.perform(post(page + "/lecture").param("encodage", "UTF_8")
			.param("separateur", ";")
			.param("avecEntete", "1")
			.param("champ.NOM", "Lieu")
			.param("champ.COMMUNE", "Ville")
			.param("champ.CODE_POSTAL", "CP")
			.param("nomCorrespondance", "Liste corse")
			.with(csrf())
			.with(ComptesDemo.connecte(admin))).andExpect(status().is3xxRedirection());

		Document apres = html(mvc.perform(get(page).with(ComptesDemo.connecte(admin))));
		assertThat(apres.select("#bilan dd").eachText()).startsWith("2", "1");
		assertThat(apres.select("#rapport tbody tr").text()).contains("Nom du lieu absent.");
		assertThat(apres.select("#champ-COMMUNE option[selected]").text()).isEqualTo("Ville");
		assertThat(apres.select("#modele option").eachText()).contains("Liste corse");
		mvc.perform(post(page + "/abandonner").with(csrf()).with(ComptesDemo.connecte(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(html(mvc.perform(get(page).with(ComptesDemo.connecte(admin)))).text())
			.contains("Import abandonné : rien n'a été écrit.");
	}

	private ResultActions deposer(Connecte qui, String type, byte[] contenu) throws Exception {
		return mvc
			.perform(multipart("/imports").file(new MockMultipartFile("fichier", "fichier.csv", "text/csv", contenu))
				.param("type", type)
				.with(csrf())
				.with(ComptesDemo.connecte(qui)));
	}

	private long agences() {
		return sql.sql("select count(*) from agence where code_safir = :code")
			.param("code", safir)
			.query(Long.class)
			.single();
	}

	private void attendreLaFin(Connecte qui, Long id) throws InterruptedException {
		Instant limite = Instant.now().plus(Duration.ofSeconds(20));
		while (imports.vue(qui, id).statut() == StatutImport.EN_COURS && Instant.now().isBefore(limite)) {
			Thread.sleep(50);
		}
		assertThat(imports.vue(qui, id).statut()).isEqualTo(StatutImport.TERMINE);
	}

	private static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
