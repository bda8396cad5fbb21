package fr.tierslieux.inclusion.beneficiaire;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.annuaire.AgenceRepository;
import fr.tierslieux.inclusion.audit.AuditService;
import fr.tierslieux.inclusion.audit.JournalAudit;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Pagination;
import fr.tierslieux.inclusion.compte.CompteService;
import fr.tierslieux.inclusion.compte.Perimetre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each role sees the bénéficiaires of its perimeter, and nobody else's. */
@CoreTest
class BeneficiaireServiceTest {

	static final Pagination TOUT = new Pagination(0, 100);

	@Autowired
	BeneficiaireService service;

	@Autowired
	BeneficiaireRepository repository;

	@Autowired
	CompteService comptes;

	@Autowired
	AgenceRepository agences;

	@Autowired
	AuditService audit;

	Perimetre perimetre(String identifiant) {
		return comptes.compte(identifiant).orElseThrow().perimetre();
	}

	@Test
	void a_conseiller_lists_only_the_beneficiaires_of_the_agence() {
		Perimetre nanterre = perimetre("conseiller@demo.fr");
		Long agenceNanterre = agences.findByCodeSafir("92013").orElseThrow().getId();

		Page<BeneficiaireLigne> page = service.beneficiaires(nanterre, null, TOUT);

		assertThat(page.getTotalElements()).isEqualTo(13);
		assertThat(page.getContent()).extracting(BeneficiaireLigne::agence).containsOnly("Nanterre");
		assertThat(repository.findAllById(page.map(BeneficiaireLigne::id).getContent()))
			.allSatisfy(b -> assertThat(b.getAgence().getId()).isEqualTo(agenceNanterre));
	}

	@Test
	void a_conseiller_gets_not_found_for_a_beneficiaire_of_another_agence() {
		Perimetre nanterre = perimetre("conseiller@demo.fr");
		Long deDrancy = premier(perimetre("conseil.drancy@demo.fr"));

		assertThatThrownBy(() -> service.fiche(nanterre, deDrancy)).isInstanceOf(IntrouvableException.class);
		assertThat(service.fiche(perimetre("conseil.drancy@demo.fr"), deDrancy).id()).isEqualTo(deDrancy);
	}

	@Test
	void a_facilitateur_sees_only_the_people_oriented_to_the_tiers_lieu() {
		Perimetre electrolab = perimetre("facilitateur@demo.fr");

		Page<BeneficiaireLigne> page = service.beneficiaires(electrolab, null, TOUT);

		assertThat(page.getTotalElements()).isEqualTo(13);
		assertThat(page.getContent())
			.allSatisfy(ligne -> assertThat(service.fiche(electrolab, ligne.id()).orientations())
				.extracting(OrientationLigne::tiersLieu)
				.contains("Electrolab"));
		Long deLaVerriere = premier(perimetre("facilitation.la-verriere@demo.fr"));
		assertThatThrownBy(() -> service.fiche(electrolab, deLaVerriere)).isInstanceOf(IntrouvableException.class);
	}

	@Test
	void the_coordinator_sees_everybody_of_the_region_and_the_admin_everybody() {
		assertThat(service.beneficiaires(perimetre("coordination@demo.fr"), null, TOUT).getTotalElements())
			.isEqualTo(114);
		assertThat(service.beneficiaires(perimetre("admin@demo.fr"), null, TOUT).getTotalElements()).isEqualTo(114);
	}

	@Test
	void a_pilote_reads_no_personal_data() {
		Perimetre pilote = perimetre("pilote@demo.fr");
		Long quelquun = premier(perimetre("admin@demo.fr"));

		assertThatThrownBy(() -> service.beneficiaires(pilote, null, TOUT)).isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> service.fiche(pilote, quelquun)).isInstanceOf(AccesRefuseException.class);
	}

	@Test
	void the_list_is_paginated_and_searchable_by_name() {
		Perimetre admin = perimetre("admin@demo.fr");

		Page<BeneficiaireLigne> premiere = service.beneficiaires(admin, "", new Pagination(0, 25));
		assertThat(premiere.getContent()).hasSize(25);
		assertThat(premiere.getTotalPages()).isEqualTo(5);

		BeneficiaireLigne quelquun = premiere.getContent().get(3);
		Page<BeneficiaireLigne> trouves = service.beneficiaires(admin, quelquun.nom().substring(0, 3).toUpperCase(),
				TOUT);
		assertThat(trouves.getContent()).extracting(BeneficiaireLigne::id).contains(quelquun.id());
		assertThat(trouves.getContent()).allSatisfy(
				l -> assertThat(l.nom() + " " + l.prenom()).containsIgnoringCase(quelquun.nom().substring(0, 3)));
		assertThat(service.beneficiaires(admin, "%", TOUT).getTotalElements()).isZero();
	}

	@Test
	void reading_a_beneficiaire_is_written_to_the_audit_log() {
		Perimetre conseiller = perimetre("conseiller@demo.fr");
		Long id = premier(conseiller);
		int avant = audit.historique(BeneficiaireService.OBJET, id).size();

		service.fiche(conseiller, id);

		List<JournalAudit> historique = audit.historique(BeneficiaireService.OBJET, id);
		assertThat(historique).hasSize(avant + 1);
		assertThat(historique.get(0).getAuteur()).isEqualTo("conseiller@demo.fr");
		assertThat(historique.get(0).getAction()).isEqualTo(AuditService.LECTURE);
	}

	@Test
	void the_fiche_shows_the_orientation_and_the_ateliers_attended() {
		Perimetre conseiller = perimetre("conseiller@demo.fr");

		BeneficiaireFiche fiche = service.fiche(conseiller, premier(conseiller));

		assertThat(fiche.orientations()).hasSize(1);
		OrientationLigne orientation = fiche.orientations().get(0);
		assertThat(orientation.ateliersDuParcours()).isEqualTo(8);
		assertThat(orientation.ateliersSuivis()).isBetween(1L, 8L);
	}

	private Long premier(Perimetre perimetre) {
		return service.beneficiaires(perimetre, null, TOUT).getContent().get(0).id();
	}

}
