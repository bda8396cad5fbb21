package fr.tierslieux.inclusion.atelier.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.web.ComptesDemo;
import fr.tierslieux.inclusion.web.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar of a parcours for each role: who plans, errors in French beside the fields
 * with what was typed kept, a stale form, the cancellation, the {@code .ics} download.
 */
@WebTest
class SeancesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	RegionDeTest region;

	Connecte conseiller;

	Connecte facilitation;

	ParcoursDeTest parcours;

	@BeforeEach
	void unParcours() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		region = enCours.region();
		conseiller = enCours.conseiller();
		facilitation = enCours.facilitateur();
		parcours = enCours.parcours();
	}

	@Test
	void the_facilitator_plans_a_session_the_counsellor_reads_the_calendar_others_get_nothing() throws Exception {
		String calendrier = "/parcours/" + parcours.id() + "/seances";
		mvc.perform(post(calendrier).with(csrf())
			.with(ComptesDemo.connecte(facilitation))
			.param("intitule", "Découpe laser")
			.param("type", "PRATIQUE_FABLAB")
			.param("date", "2026-01-13")
			.param("debut", "09:30")
			.param("dureeMinutes", "150")
			.param("lieu", "Atelier bois")
			.param("avecConseiller", "true")).andExpect(status().is3xxRedirection());

		Document page = html(
				mvc.perform(get(calendrier).with(ComptesDemo.connecte(conseiller))).andExpect(status().isOk()));
		assertThat(page.select("#calendrier li h3 a").eachText()).containsExactly(parcours.intitule() + " — séance 1",
				parcours.intitule() + " — séance 2", "Découpe laser");
		assertThat(page.select("#calendrier h2").eachText()).containsExactly("janvier 2026");
		assertThat(page.select("#calendrier li").last().text())
			.contains("mardi 13 janvier, 9 h 30 – 12 h · Pratique en fablab · Atelier bois")
			.contains("10 places · avec un conseiller de l'agence");
		assertThat(page.select("#form-seance")).as("le conseiller lit, il ne planifie pas").isEmpty();
		mvc.perform(post(calendrier).with(csrf()).with(ComptesDemo.connecte(conseiller)).param("intitule", "x"))
			.andExpect(status().isForbidden());

		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), region.departement()));
		mvc.perform(get(calendrier).with(ComptesDemo.connecte(ailleurs))).andExpect(status().isNotFound());
		mvc.perform(get("/seances/" + parcours.ateliers().get(0)).with(ComptesDemo.connecte(ailleurs)))
			.andExpect(status().isNotFound());
		mvc.perform(get(calendrier + ".ics").with(ComptesDemo.connecte(ailleurs))).andExpect(status().isNotFound());
	}

	@Test
	void a_wrong_form_says_what_is_wrong_beside_each_field_and_keeps_what_was_typed() throws Exception {
		Document page = html(mvc
			.perform(post("/parcours/" + parcours.id() + "/seances").with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("intitule", "Tard le soir")
				.param("date", "le 3 mars")
				.param("debut", "")
				.param("dureeMinutes", "5")
				.param("lieu", "")
				.param("capacite", "0"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page.select("#type-erreur").text()).isEqualTo("Choisissez le genre de séance.");
		assertThat(page.select("#date-erreur").text()).isEqualTo("Indiquez une date valide (jj/mm/aaaa).");
		assertThat(page.select("#debut-erreur").text()).isEqualTo("Indiquez l'heure de début.");
		assertThat(page.select("#dureeMinutes-erreur").text()).isEqualTo("Une séance dure au moins 15 minutes.");
		assertThat(page.select("#lieu-erreur").text()).isEqualTo("Indiquez le lieu de la séance.");
		assertThat(page.select("#capacite-erreur").text())
			.isEqualTo("Indiquez au moins une place, ou laissez vide pour les places du parcours.");
		assertThat(page.select("#intitule").val()).isEqualTo("Tard le soir");

		page = html(mvc
			.perform(post("/parcours/" + parcours.id() + "/seances").with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("intitule", "Tard le soir")
				.param("type", "ACCES_LIBRE")
				.param("date", "2026-01-06")
				.param("debut", "22:00")
				.param("dureeMinutes", "180")
				.param("lieu", "Salle"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page.select("#dureeMinutes-erreur").text())
			.isEqualTo("La séance doit finir le jour même : raccourcissez-la ou commencez plus tôt.");
		page = html(mvc
			.perform(post("/parcours/" + parcours.id() + "/seances").with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("intitule", "Trop tard")
				.param("type", "ACCES_LIBRE")
				.param("date", "2026-03-06")
				.param("debut", "10:00")
				.param("dureeMinutes", "60")
				.param("lieu", "Salle"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(page.select("#date-erreur").text())
			.isEqualTo("La séance doit avoir lieu pendant le parcours, du 05/01/2026 au 19/01/2026.");
	}

	@Test
	void a_stale_form_keeps_the_typing_and_a_cancelled_session_says_so() throws Exception {
		String seance = "/seances/" + parcours.ateliers().get(1);
		mvc.perform(post(seance).with(csrf())
			.with(ComptesDemo.connecte(facilitation))
			.param("intitule", "Déplacée")
			.param("type", "THEORIQUE")
			.param("date", "2026-01-14")
			.param("debut", "14:00")
			.param("dureeMinutes", "180")
			.param("lieu", "Salle de test")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		Document conflit = html(mvc
			.perform(post(seance).with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("intitule", "Encore déplacée")
				.param("type", "THEORIQUE")
				.param("date", "2026-01-15")
				.param("debut", "14:00")
				.param("dureeMinutes", "180")
				.param("lieu", "Salle de test")
				.param("version", "0"))
			.andExpect(status().isConflict()));
		assertThat(conflit.select("#message-conflit").text()).startsWith("Quelqu'un a modifié cet enregistrement");
		assertThat(conflit.select("#intitule").val()).isEqualTo("Encore déplacée");

		Document sansMotif = html(mvc
			.perform(post(seance + "/annulation").with(csrf())
				.with(ComptesDemo.connecte(facilitation))
				.param("version", "1"))
			.andExpect(status().isUnprocessableContent()));
		assertThat(sansMotif.select("#motif-erreur").text())
			.isEqualTo("Indiquez le motif de l'annulation : il est envoyé aux inscrits.");
		mvc.perform(post(seance + "/annulation").with(csrf())
			.with(ComptesDemo.connecte(facilitation))
			.param("version", "1")
			.param("motif", "Salle inondée")).andExpect(status().is3xxRedirection());
		Document annulee = html(mvc.perform(get(seance).with(ComptesDemo.connecte(facilitation))));
		assertThat(annulee.select("#seance-annulee").text()).contains("Salle inondée");
		assertThat(annulee.select("#form-seance, #form-annulation")).isEmpty();

		mvc.perform(get("/parcours/" + parcours.id() + "/seances.ics").with(ComptesDemo.connecte(conseiller)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.startsWith("BEGIN:VCALENDAR")
				.contains("STATUS:CANCELLED")
				.contains("SUMMARY:Déplacée — " + parcours.intitule()));
	}

	static Document html(ResultActions resultat) throws Exception {
		return Jsoup.parse(resultat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
