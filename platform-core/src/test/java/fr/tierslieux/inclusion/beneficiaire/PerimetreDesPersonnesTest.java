package fr.tierslieux.inclusion.beneficiaire;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.presence.Assiduite;
import fr.tierslieux.inclusion.presence.PresenceService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Every role sees exactly its part of a person's file, in the list, in the record and in
 * every count: the scenario's person is followed by agence A1 (région R1) and oriented to
 * parcours P1 (A1 with T1, R1) and P2 (A2 with T2, R2). Sets are asserted whole: what is
 * shown, and that nothing else is.
 */
@CoreTest
@Transactional
class PerimetreDesPersonnesTest extends AvecDeuxRegions {

	static final Curseur TOUT = Curseur.debut(100);

	@Autowired
	BeneficiaireService service;

	@Autowired
	PresenceService presences;

	/** The people the account's list shows, by prénom: no search, the whole perimeter. */
	List<String> liste(Connecte compte) {
		return service.beneficiaires(compte.perimetre(), null, TOUT).map(l -> l.prenom() + " " + l.nom());
	}

	List<String> parcoursVus(Connecte compte, Long personne) {
		return service.fiche(compte.perimetre(), personne)
			.orientations()
			.stream()
			.map(OrientationLigne::parcours)
			.toList();
	}

	BeneficiaireLigne ligne(Connecte compte, Long personne) {
		return service.beneficiaires(compte.perimetre(), s.nom(), TOUT)
			.lignes()
			.stream()
			.filter(l -> l.id().equals(personne))
			.findFirst()
			.orElseThrow();
	}

	Map<Long, Long> presencesComptees(Connecte compte) {
		return presences.presencesParBeneficiaire(compte.perimetre(), List.of(s.partagee(), s.seule()));
	}

	String partagee() {
		return "Partagée " + s.nom();
	}

	String seule() {
		return "Seule " + s.nom();
	}

	@Test
	void the_conseiller_of_the_persons_agence_sees_every_referral_it_made() {
		Connecte conseiller = s.conseillerA1();

		assertThat(liste(conseiller)).containsExactly(partagee());
		assertThat(parcoursVus(conseiller, s.partagee())).containsExactlyInAnyOrder(s.p1().intitule(),
				s.p2().intitule());
		assertThat(ligne(conseiller, s.partagee()).orientations()).isEqualTo(2);
		assertThat(presencesComptees(conseiller)).containsOnly(entry(s.partagee(), 3L));
		assertThatThrownBy(() -> service.fiche(conseiller.perimetre(), s.seule()))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void the_conseiller_of_the_other_binome_sees_only_the_referrals_to_its_parcours() {
		Connecte conseiller = s.conseillerA2();

		assertThat(liste(conseiller)).containsExactly(partagee(), seule());
		assertThat(parcoursVus(conseiller, s.partagee())).containsExactly(s.p2().intitule());
		assertThat(ligne(conseiller, s.partagee()).orientations()).isEqualTo(1);
		assertThat(presencesComptees(conseiller)).containsOnly(entry(s.partagee(), 2L), entry(s.seule(), 1L));
	}

	@Test
	void a_facilitateur_sees_only_what_concerns_the_tiers_lieu() {
		Connecte t1 = s.facilitateurT1();
		assertThat(liste(t1)).containsExactly(partagee());
		assertThat(parcoursVus(t1, s.partagee())).containsExactly(s.p1().intitule());
		assertThat(service.fiche(t1.perimetre(), s.partagee()).orientations()).extracting(OrientationLigne::tiersLieu)
			.containsExactly("Lieu un " + s.nom());
		assertThat(ligne(t1, s.partagee()).orientations()).isEqualTo(1);
		assertThat(presencesComptees(t1)).containsOnly(entry(s.partagee(), 1L));
		assertThatThrownBy(() -> service.fiche(t1.perimetre(), s.seule())).isInstanceOf(IntrouvableException.class);

		Connecte t2 = s.facilitateurT2();
		assertThat(liste(t2)).containsExactly(partagee(), seule());
		assertThat(parcoursVus(t2, s.partagee())).containsExactly(s.p2().intitule());
		assertThat(presencesComptees(t2)).containsOnly(entry(s.partagee(), 2L), entry(s.seule(), 1L));
	}

	@Test
	void a_coordinator_sees_the_referrals_of_the_regions_agences_and_binomes() {
		Connecte r1 = s.coordinationR1();
		assertThat(liste(r1)).containsExactly(partagee());
		assertThat(parcoursVus(r1, s.partagee())).containsExactlyInAnyOrder(s.p1().intitule(), s.p2().intitule());
		assertThat(presencesComptees(r1)).containsOnly(entry(s.partagee(), 3L));

		Connecte r2 = s.coordinationR2();
		assertThat(liste(r2)).containsExactly(partagee(), seule());
		assertThat(parcoursVus(r2, s.partagee())).containsExactly(s.p2().intitule());
		assertThat(ligne(r2, s.partagee()).orientations()).isEqualTo(1);
		assertThat(presencesComptees(r2)).containsOnly(entry(s.partagee(), 2L), entry(s.seule(), 1L));
	}

	@Test
	void a_coordinator_of_another_region_sees_nobody() {
		Connecte r3 = s.coordinationR3();

		assertThat(liste(r3)).isEmpty();
		assertThat(presencesComptees(r3)).isEmpty();
		assertThatThrownBy(() -> service.fiche(r3.perimetre(), s.partagee())).isInstanceOf(IntrouvableException.class);
	}

	@Test
	void the_admin_sees_both_people_and_every_referral() {
		Connecte admin = s.admin();

		assertThat(service.beneficiaires(admin.perimetre(), s.nom(), TOUT).map(l -> l.prenom() + " " + l.nom()))
			.containsExactly(partagee(), seule());
		assertThat(parcoursVus(admin, s.partagee())).containsExactlyInAnyOrder(s.p1().intitule(), s.p2().intitule());
		assertThat(presencesComptees(admin)).containsOnly(entry(s.partagee(), 3L), entry(s.seule(), 1L));
	}

	@Test
	void a_pilote_reads_no_personal_data() {
		Perimetre pilote = s.piloteR2().perimetre();

		assertThatThrownBy(() -> service.beneficiaires(pilote, null, TOUT)).isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> service.fiche(pilote, s.partagee())).isInstanceOf(AccesRefuseException.class);
	}

	@Test
	void the_attendance_of_each_referral_counts_the_ateliers_of_its_parcours() {
		assertThat(presences.assiduite(s.partagee(), List.of(s.p1().id(), s.p2().id()))).containsOnly(
				entry(s.p1().id(), new Assiduite(1, 2, 1, false)), entry(s.p2().id(), new Assiduite(2, 3, 1, false)));
	}

	/**
	 * A page named by a row the reader may not see is empty: its place in the order of
	 * names would tell something about a person outside the perimeter.
	 */
	@Test
	void a_page_after_a_person_outside_the_perimeter_shows_nobody() {
		for (Connecte sansSeule : List.of(s.conseillerA1(), s.facilitateurT1(), s.coordinationR1())) {
			Tranche<BeneficiaireLigne> page = service.beneficiaires(sansSeule.perimetre(), null,
					Curseur.de(s.seule(), null));

			assertThat(page.lignes()).isEmpty();
			assertThat(page.precedente()).isEqualTo(Curseur.debut());
			assertThat(service.beneficiaires(sansSeule.perimetre(), null, Curseur.de(null, s.seule())).lignes())
				.isEmpty();
		}
	}

	@Test
	void the_list_is_searchable_by_the_start_of_a_name_and_paginated() {
		Perimetre admin = s.admin().perimetre();

		assertThat(service.beneficiaires(admin, s.nom().toUpperCase(), TOUT).map(BeneficiaireLigne::id))
			.containsExactly(s.partagee(), s.seule());
		assertThat(service.beneficiaires(admin, "seu", TOUT).map(BeneficiaireLigne::id)).contains(s.seule())
			.doesNotContain(s.partagee());
		Tranche<BeneficiaireLigne> premiere = service.beneficiaires(admin, s.nom(), Curseur.debut(1));
		assertThat(premiere.map(BeneficiaireLigne::id)).containsExactly(s.partagee());
		assertThat(premiere.precedente()).isNull();
		assertThat(premiere.total()).isEqualTo(new Comptage(2, false));
		Tranche<BeneficiaireLigne> seconde = service.beneficiaires(admin, s.nom(), premiere.suivante());
		assertThat(seconde.map(BeneficiaireLigne::id)).containsExactly(s.seule());
		assertThat(seconde.suivante()).isNull();
		assertThat(service.beneficiaires(admin, s.nom(), seconde.precedente()).map(BeneficiaireLigne::id))
			.containsExactly(s.partagee());
		assertThat(service.beneficiaires(admin, "%", TOUT).total().nombre()).isZero();
		assertThat(service.beneficiaires(admin, "\u0000" + s.nom() + "\u0001", TOUT).total().nombre()).isEqualTo(2);
	}

}
