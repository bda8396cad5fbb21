package fr.tierslieux.inclusion.commun;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.compte.Perimetre;

import static org.assertj.core.api.Assertions.assertThat;

/** List pages run a fixed number of statements, whatever the number of rows: no N+1. */
@CoreTest
class RequetesParPageTest {

	@Autowired
	BeneficiaireService beneficiaires;

	@Autowired
	AtelierService ateliers;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistiques;

	Perimetre admin = Perimetre.administrateur("test");

	@BeforeEach
	void remettreAZero() {
		statistiques = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistiques.clear();
	}

	@Test
	void a_page_of_beneficiaires_is_two_statements_the_rows_and_the_count() {
		assertThat(beneficiaires.beneficiaires(admin, null, new Pagination(1, 50)).getContent()).hasSize(50);

		assertThat(statistiques.getPrepareStatementCount()).isEqualTo(2);
	}

	@Test
	void a_page_of_ateliers_is_two_statements_the_rows_and_the_count() {
		assertThat(ateliers.ateliers(admin, new Pagination(0, 90)).getContent()).hasSize(90);

		assertThat(statistiques.getPrepareStatementCount()).isEqualTo(2);
	}

	@Test
	void a_fiche_is_read_in_two_statements_plus_its_audit_line() {
		Long id = beneficiaires.beneficiaires(admin, null, Pagination.premiere()).getContent().get(0).id();
		statistiques.clear();

		beneficiaires.fiche(admin, id);

		assertThat(statistiques.getPrepareStatementCount()).isEqualTo(3);
	}

}
