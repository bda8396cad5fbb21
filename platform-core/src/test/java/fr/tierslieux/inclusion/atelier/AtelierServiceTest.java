package fr.tierslieux.inclusion.atelier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.Pagination;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;

import static org.assertj.core.api.Assertions.assertThat;

@CoreTest
class AtelierServiceTest {

	@Autowired
	AtelierService service;

	@Autowired
	CompteService comptes;

	Perimetre perimetre(String identifiant) {
		return comptes.compte(identifiant).orElseThrow().perimetre();
	}

	@Test
	void a_facilitateur_lists_the_ateliers_of_the_tiers_lieu_newest_first_with_attendance() {
		Page<AtelierLigne> page = service.ateliers(perimetre("facilitateur@demo.fr"), new Pagination(0, 100));

		assertThat(page.getTotalElements()).isEqualTo(16);
		assertThat(page.getContent()).extracting(AtelierLigne::tiersLieu).containsOnly("Electrolab");
		assertThat(page.getContent()).extracting(AtelierLigne::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(page.getContent()).allSatisfy(a -> {
			assertThat(a.inscrits()).isIn(6L, 7L);
			assertThat(a.presents()).isBetween(1L, a.inscrits());
		});
	}

	@Test
	void the_coordinator_pages_through_the_94_ateliers_of_the_region() {
		Page<AtelierLigne> page = service.ateliers(perimetre("coordination@demo.fr"), new Pagination(3, 25));

		assertThat(page.getTotalElements()).isEqualTo(94);
		assertThat(page.getContent()).hasSize(94 - 75);
	}

	@Test
	void a_conseiller_sees_the_ateliers_of_the_binomes_of_the_agence() {
		Page<AtelierLigne> page = service.ateliers(perimetre("conseil.drancy@demo.fr"), new Pagination(0, 100));

		assertThat(page.getContent()).extracting(AtelierLigne::tiersLieu).containsOnly("Traces E Fabrik");
		assertThat(page.getTotalElements()).isEqualTo(15);
	}

}
