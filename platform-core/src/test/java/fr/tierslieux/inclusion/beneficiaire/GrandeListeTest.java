package fr.tierslieux.inclusion.beneficiaire;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list longer than the counting ceiling, read page after page to its end: every person
 * once, in the order of names, whatever the shape of the perimeter (an agence gathered by
 * index, a région read along its slice of beneficiaire_region).
 */
@CoreTest
@Transactional
class GrandeListeTest {

	static final int PERSONNES = Comptage.PLAFOND + 30;

	@Autowired
	BeneficiaireService service;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_long_list_is_counted_up_to_the_ceiling_and_read_to_its_end_in_order() {
		RegionDeTest region = territoire.region();
		Long agence = annuaire.agence(region.departement());
		// names in a shuffled order, two people sharing each name: the id breaks the tie
		jdbc.sql("""
				insert into beneficiaire (agence_id, nom, prenom, profil, date_consentement)
				select ?, 'Grande-' || lpad(((i * 7919) % ?)::text, 5, '0'), 'P', 'EXCLU', date '2026-01-05'
				from generate_series(1, ?) i
				""").params(agence, PERSONNES / 2, PERSONNES).update();
		List<Long> attendus = jdbc.sql("""
				select id from beneficiaire where agence_id = ? order by lower(nom), lower(prenom), id
				""").param(agence).query(Long.class).list();

		for (Perimetre perimetre : List.of(comptes.conseiller(agence).perimetre(),
				comptes.coordinateur(region.code()).perimetre())) {
			assertThat(service.beneficiaires(perimetre, null, Curseur.debut()).total())
				.isEqualTo(new Comptage(Comptage.PLAFOND, true));
			Tranche<BeneficiaireLigne> page = service.beneficiaires(perimetre, "grande-", Curseur.debut(100));
			assertThat(page.total()).isEqualTo(new Comptage(Comptage.PLAFOND, true));
			List<Long> lus = new ArrayList<>(page.map(BeneficiaireLigne::id));
			while (page.suivante() != null) {
				page = service.beneficiaires(perimetre, "grande-", page.suivante());
				lus.addAll(page.map(BeneficiaireLigne::id));
			}
			assertThat(lus).as(perimetre.role().name()).containsExactlyElementsOf(attendus);

			// and back: the page before the last one is the one read before it
			Tranche<BeneficiaireLigne> avantDerniere = service.beneficiaires(perimetre, "grande-", page.precedente());
			assertThat(avantDerniere.map(BeneficiaireLigne::id)).containsExactlyElementsOf(
					lus.subList(lus.size() - page.lignes().size() - 100, lus.size() - page.lignes().size()));
		}
		assertThat(attendus).hasSize(PERSONNES).doesNotHaveDuplicates();
	}

}
