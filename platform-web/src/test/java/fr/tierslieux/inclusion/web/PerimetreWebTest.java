package fr.tierslieux.inclusion.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each role's pages show of the scenario's two people, read in the HTML: the exact
 * rows, referrals and counts, and 404 for a record outside the perimeter, as if it did
 * not exist.
 */
@WebTest
class PerimetreWebTest extends AvecDeuxRegions {

	@Autowired
	MockMvc mvc;

	Document page(Connecte compte, String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(ComptesDemo.connecte(compte)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** Rows of the list: "nom prénom | orientations | ateliers suivis". */
	List<String> lignes(Connecte compte) throws Exception {
		return page(compte, "/beneficiaires").select("#beneficiaires tbody tr")
			.stream()
			.map(tr -> tr.selectFirst("th").text() + " | " + tr.select("td").get(2).text() + " | "
					+ tr.select("td").get(3).text())
			.toList();
	}

	/** Rows of the person's referrals: "parcours | tiers-lieu | ateliers suivis". */
	List<String> orientations(Connecte compte, Long personne) throws Exception {
		return page(compte, "/beneficiaires/" + personne).select("#orientations tbody tr")
			.stream()
			.map(tr -> tr.selectFirst("th").text() + " | " + tr.select("td").get(0).text() + " | "
					+ tr.select("td").get(2).text())
			.toList();
	}

	String p1() {
		return s.p1().intitule() + " | Lieu un " + s.nom() + " | 1 sur 2";
	}

	String p2() {
		return s.p2().intitule() + " | Lieu deux " + s.nom() + " | 2 sur 3";
	}

	@Test
	void a_facilitateur_sees_only_the_referral_to_the_tiers_lieu_and_its_attendance() throws Exception {
		assertThat(lignes(s.facilitateurT1())).containsExactly(s.nom() + " Partagée | 1 | 1");
		assertThat(orientations(s.facilitateurT1(), s.partagee())).containsExactly(p1());
		Document fiche = page(s.facilitateurT1(), "/beneficiaires/" + s.partagee());
		assertThat(fiche.text()).doesNotContain("Lieu deux", s.p2().intitule());

		assertThat(lignes(s.facilitateurT2())).containsExactly(s.nom() + " Partagée | 1 | 2",
				s.nom() + " Seule | 1 | 1");
		assertThat(orientations(s.facilitateurT2(), s.partagee())).containsExactly(p2());
	}

	@Test
	void each_conseiller_sees_its_side_of_the_referrals() throws Exception {
		assertThat(lignes(s.conseillerA1())).containsExactly(s.nom() + " Partagée | 2 | 3");
		assertThat(orientations(s.conseillerA1(), s.partagee())).containsExactlyInAnyOrder(p1(), p2());

		assertThat(lignes(s.conseillerA2())).containsExactly(s.nom() + " Partagée | 1 | 2", s.nom() + " Seule | 1 | 1");
		assertThat(orientations(s.conseillerA2(), s.partagee())).containsExactly(p2());
	}

	@Test
	void each_coordinator_sees_its_regions_and_another_region_sees_nobody() throws Exception {
		assertThat(lignes(s.coordinationR1())).containsExactly(s.nom() + " Partagée | 2 | 3");
		assertThat(orientations(s.coordinationR2(), s.partagee())).containsExactly(p2());
		assertThat(lignes(s.coordinationR3())).isEmpty();
		assertThat(page(s.coordinationR3(), "/beneficiaires").text()).contains("0 résultat(s)");
	}

	@Test
	void the_ateliers_page_lists_exactly_the_binomes_sessions() throws Exception {
		List<String> t1 = page(s.facilitateurT1(), "/ateliers").select("#ateliers tbody th")
			.stream()
			.map(Element::text)
			.toList();

		assertThat(t1).containsExactly(s.p1().intitule() + " — séance 2", s.p1().intitule() + " — séance 1");
	}

	@Test
	void a_record_outside_the_perimeter_answers_404_as_if_it_did_not_exist() throws Exception {
		for (Connecte dehors : List.of(s.facilitateurT1(), s.conseillerA1(), s.coordinationR1(), s.coordinationR3())) {
			mvc.perform(
					get("/beneficiaires/" + s.seule()).accept(MediaType.TEXT_HTML).with(ComptesDemo.connecte(dehors)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Page introuvable")));
		}
		mvc.perform(get("/beneficiaires/999999999").with(ComptesDemo.connecte(s.admin())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/beneficiaires/abc").with(ComptesDemo.connecte(s.admin()))).andExpect(status().isNotFound());
	}

	@Test
	void a_pilote_is_refused_the_pages_of_people() throws Exception {
		mvc.perform(get("/beneficiaires").with(ComptesDemo.connecte(s.piloteR2()))).andExpect(status().isForbidden());
		mvc.perform(get("/ateliers").with(ComptesDemo.connecte(s.piloteR2()))).andExpect(status().isForbidden());
	}

}
