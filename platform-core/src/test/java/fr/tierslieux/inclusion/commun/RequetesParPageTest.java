package fr.tierslieux.inclusion.commun;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.atelier.AtelierLigne;
import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireFiche;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireLigne;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.beneficiaire.OrientationLigne;
import fr.tierslieux.inclusion.beneficiaire.RessourcesRemises;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.presence.FeuilleDEmargement;
import fr.tierslieux.inclusion.presence.PresenceService;
import fr.tierslieux.inclusion.presence.PresenceStatut;
import fr.tierslieux.inclusion.repertoire.FiltreAnnuaire;
import fr.tierslieux.inclusion.repertoire.Genre;
import fr.tierslieux.inclusion.repertoire.LieuDuRepertoire;
import fr.tierslieux.inclusion.repertoire.RepertoireService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages run a fixed number of statements, whatever the number of rows: no N+1. Every
 * statement is counted, JPA's and JdbcClient's alike (datasource-proxy). Thirty people,
 * each oriented to two parcours and present at every atelier.
 */
@CoreTest
@Transactional
class RequetesParPageTest {

	static final int PERSONNES = 30;

	@Autowired
	BeneficiaireService beneficiaires;

	@Autowired
	AtelierService ateliers;

	@Autowired
	RepertoireService repertoire;

	@Autowired
	PresenceService presences;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	BinomeKit binomes;

	@Autowired
	ParcoursKit parcours;

	@Autowired
	BeneficiaireKit beneficiaireKit;

	@Autowired
	PresenceKit presenceKit;

	@Autowired
	CompteKit comptes;

	static long requetes() {
		return QueryCountHolder.get(CoreTestApplication.COMPTEUR).getTotal();
	}

	Connecte conseiller;

	RegionDeTest region;

	ParcoursDeTest premier;

	@Autowired
	PlanningDesSeances planning;

	@Autowired
	CarnetDeBord carnet;

	@Autowired
	RessourcesRemises ressources;

	@Autowired
	FeuilleDEmargement feuilles;

	@Test
	void a_calendar_is_two_statements_and_a_sign_in_sheet_four_whatever_their_people() {
		assertThat(planning.planning(BinomeKit.COORDINATION, premier.id()).seances()).hasSize(4);
		assertThat(requetes()).isEqualTo(2);
		QueryCountHolder.clear();
		assertThat(feuilles.feuille(BinomeKit.COORDINATION, premier.ateliers().get(0)).lignes()).hasSize(PERSONNES);
		assertThat(requetes()).isEqualTo(4);
	}

	@BeforeEach
	void trentePersonnes() {
		region = territoire.region();
		Long agence = annuaire.agence(region.departement());
		Long binome = binomes.binome(region.code(), agence, annuaire.tiersLieu("Lieu compté", region.departement()));
		premier = parcours.parcours(binome, "Premier", 4);
		List<ParcoursDeTest> deux = List.of(premier, parcours.parcours(binome, "Second", 4));
		for (int i = 0; i < PERSONNES; i++) {
			Long personne = beneficiaireKit.beneficiaire(agence, "Compté" + i, "Personne");
			for (ParcoursDeTest p : deux) {
				beneficiaireKit.orienter(personne, p.id());
				p.ateliers().forEach(a -> presenceKit.emarger(a, personne, PresenceStatut.PRESENT));
			}
		}
		conseiller = comptes.conseiller(agence);
		entityManager.flush();
		entityManager.clear();
		QueryCountHolder.clear();
	}

	@Test
	void a_page_of_beneficiaires_is_two_statements_and_one_for_its_attendance() {
		List<Long> ids = beneficiaires.beneficiaires(conseiller.perimetre(), null, Curseur.debut(25))
			.map(BeneficiaireLigne::id);
		presences.presencesParBeneficiaire(conseiller.perimetre(), ids);

		assertThat(ids).hasSize(25);
		assertThat(requetes()).isEqualTo(3);
	}

	@Test
	void a_page_of_ateliers_is_two_statements_and_one_for_its_sheets() {
		List<Long> ids = ateliers.ateliers(conseiller.perimetre(), Curseur.debut(5)).map(AtelierLigne::id);
		presences.emargements(ids);

		assertThat(ids).hasSize(5);
		assertThat(requetes()).isEqualTo(3);
	}

	@Test
	void a_fiche_is_its_person_referrals_timelines_audit_line_and_attendance() {
		Long id = beneficiaires.beneficiaires(conseiller.perimetre(), null, Curseur.debut()).lignes().get(0).id();
		QueryCountHolder.clear();

		BeneficiaireFiche fiche = beneficiaires.fiche(conseiller.perimetre(), id);
		List<OrientationLigne> orientations = fiche.orientations();
		presences.assiduite(id, orientations.stream().map(OrientationLigne::parcoursId).toList());

		assertThat(orientations).hasSize(2).allSatisfy(o -> assertThat(o.historique()).hasSize(1));
		assertThat(requetes()).isEqualTo(5);

		// the rest of the person's page: carnet de bord (entries, sessions of the
		// referrals
		// already read) and resources handed over; eight statements in all
		QueryCountHolder.clear();
		assertThat(carnet.carnet(fiche).seances()).hasSize(8);
		ressources.ressources(id);
		assertThat(requetes()).isEqualTo(3);
	}

	@Test
	void a_page_of_the_directory_is_its_rows_and_its_count_whatever_their_typologies() {
		for (int i = 0; i < PERSONNES; i++) {
			annuaire.tiersLieu("Lieu de l'annuaire " + i, region.departement());
		}
		entityManager.flush();
		QueryCountHolder.clear();

		Tranche<LieuDuRepertoire> page = repertoire.lister(Genre.TIERS_LIEUX,
				new FiltreAnnuaire(region.code(), null, null, null), Curseur.debut());

		assertThat(page.lignes()).hasSize(25).allSatisfy(l -> assertThat(l.genres()).containsExactly("FABLAB"));
		assertThat(requetes()).isEqualTo(2);
	}

}
