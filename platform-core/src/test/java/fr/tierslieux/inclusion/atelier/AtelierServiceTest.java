package fr.tierslieux.inclusion.atelier;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.presence.Emargement;
import fr.tierslieux.inclusion.presence.PresenceService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The ateliers lists: exactly those of the binômes in one's perimeter, newest first. */
@CoreTest
@Transactional
class AtelierServiceTest extends AvecDeuxRegions {

	@Autowired
	AtelierService service;

	@Autowired
	PresenceService presences;

	List<Long> ateliers(Connecte compte) {
		return service.ateliers(compte.perimetre(), Curseur.debut(100)).map(AtelierLigne::id);
	}

	@Test
	void each_role_lists_exactly_the_ateliers_of_its_binomes_newest_first() {
		List<Long> p1 = plusRecentsDabord(s.p1().ateliers());
		List<Long> p2 = plusRecentsDabord(s.p2().ateliers());

		assertThat(ateliers(s.facilitateurT1())).containsExactlyElementsOf(p1);
		assertThat(ateliers(s.facilitateurT2())).containsExactlyElementsOf(p2);
		assertThat(ateliers(s.conseillerA1())).containsExactlyElementsOf(p1);
		assertThat(ateliers(s.conseillerA2())).containsExactlyElementsOf(p2);
		assertThat(ateliers(s.coordinationR1())).containsExactlyElementsOf(p1);
		assertThat(ateliers(s.coordinationR2())).containsExactlyElementsOf(p2);
		assertThat(ateliers(s.coordinationR3())).isEmpty();
	}

	/** The kit plans one atelier a week, in order. */
	static List<Long> plusRecentsDabord(List<Long> ateliers) {
		List<Long> inverses = new java.util.ArrayList<>(ateliers);
		java.util.Collections.reverse(inverses);
		return inverses;
	}

	@Test
	void each_sheet_counts_the_people_on_it_and_those_who_came() {
		assertThat(presences.emargements(s.p2().ateliers())).containsOnly(
				entry(s.p2().ateliers().get(0), new Emargement(2, 2)),
				entry(s.p2().ateliers().get(1), new Emargement(1, 1)),
				entry(s.p2().ateliers().get(2), new Emargement(1, 0)));
	}

	@Test
	void the_list_is_paginated() {
		Perimetre facilitateur = s.facilitateurT2().perimetre();
		List<Long> p2 = plusRecentsDabord(s.p2().ateliers());

		Tranche<AtelierLigne> premiere = service.ateliers(facilitateur, Curseur.debut(2));
		assertThat(premiere.map(AtelierLigne::id)).containsExactlyElementsOf(p2.subList(0, 2));
		assertThat(premiere.total()).isEqualTo(new Comptage(3, false));
		assertThat(premiere.precedente()).isNull();
		Tranche<AtelierLigne> seconde = service.ateliers(facilitateur, premiere.suivante());
		assertThat(seconde.map(AtelierLigne::id)).containsExactly(p2.get(2));
		assertThat(seconde.suivante()).isNull();
		assertThat(service.ateliers(facilitateur, seconde.precedente()).map(AtelierLigne::id))
			.containsExactlyElementsOf(p2.subList(0, 2));
		// an atelier of another tiers-lieu names no place in this list
		assertThat(service.ateliers(facilitateur, Curseur.de(s.p1().ateliers().get(0), null)).lignes()).isEmpty();
	}

}
