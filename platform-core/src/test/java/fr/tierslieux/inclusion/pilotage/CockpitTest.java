package fr.tierslieux.inclusion.pilotage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.pilotage.Pilotage.BinomeAVoir;
import fr.tierslieux.inclusion.pilotage.Pilotage.Motif;
import fr.tierslieux.inclusion.progression.Echeance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the cockpit recomputed here from the records (sign-in sheets, ateliers,
 * referrals and their transitions, outcomes), for each role's perimeter and under
 * filters: a région's coordination and direction see their parcours and no other.
 */
@CoreTest
@Transactional
class CockpitTest extends AvecDeuxRegions {

	@Autowired
	Cockpit cockpit;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	OrientationService orientations;

	@Autowired
	JdbcClient sql;

	@Autowired
	HorlogeDeTest horloge;

	long vague1;

	long vague2;

	@BeforeEach
	void desOrientationsDeToutesSortes() {
		vague1 = vagueDe(s.p1().id());
		vague2 = vagueDe(s.p2().id());
		Perimetre t1 = s.facilitateurT1().perimetre();
		orienter(OrientationStatut.REFUSEE, null);
		orienter(OrientationStatut.REFUSEE, null);
		long avant = orienter(OrientationStatut.ACCEPTEE, null);
		orientations.changerStatut(t1, avant, 1, OrientationStatut.ABANDON, "Reprise d'emploi");
		long pendant = orienter(OrientationStatut.EN_PARCOURS, null);
		orientations.changerStatut(t1, pendant, 2, OrientationStatut.ABANDON, "Santé");
		long terminee = orienter(OrientationStatut.EN_PARCOURS, null);
		orientations.changerStatut(t1, terminee, 2, OrientationStatut.TERMINEE, null);
		// after the abandons, which would have given it their seat
		long attente = orienter(null, null);
		orientations.changerStatut(t1, attente, 0, OrientationStatut.EN_LISTE_ATTENTE, "Prochaine session");
		sortie(terminee, "M3", "EMPLOI_DURABLE");
		sortie(pendant, "M3", "EN_RECHERCHE");
		sortie(terminee, "M6", "FORMATION");
	}

	@AfterEach
	void horlogeRemiseAuDepart() {
		horloge.regler(CoreTestApplication.DEPART);
	}

	@Test
	void each_figure_is_recomputed_from_the_records_for_each_perimeter() {
		for (Object[] cas : new Object[][] { { s.coordinationR1().perimetre(), List.of(s.p1().id()) },
				{ s.coordinationR2().perimetre(), List.of(s.p2().id()) },
				{ s.piloteR2().perimetre(), List.of(s.p2().id()) },
				{ s.coordinationR3().perimetre(), List.<Long>of() } }) {
			Perimetre qui = (Perimetre) cas[0];
			@SuppressWarnings("unchecked")
			List<Long> parcours = (List<Long>) cas[1];
			verifier(cockpit.pilotage(qui, FiltresDuCockpit.AUCUN), parcours);
		}
		// the admin sees everything: narrowed to each scenario vague, exactly its
		// parcours
		verifier(cockpit.pilotage(s.admin().perimetre(), filtreVague(vague1)), List.of(s.p1().id()));
		verifier(cockpit.pilotage(s.admin().perimetre(), filtreVague(vague2)), List.of(s.p2().id()));
	}

	@Test
	void the_funnel_tells_entries_from_early_abandons_and_gives_the_reasons() {
		Pilotage p = cockpit.pilotage(s.coordinationR1().perimetre(), FiltresDuCockpit.AUCUN);
		Pilotage.Entonnoir entonnoir = p.entonnoir();
		// the scenario's own referral of P1 (proposed) and the six above
		assertThat(entonnoir.orientees()).isEqualTo(7);
		assertThat(entonnoir.nombre(OrientationStatut.REFUSEE)).isEqualTo(2);
		assertThat(entonnoir.nombre(OrientationStatut.EN_LISTE_ATTENTE)).isEqualTo(1);
		assertThat(entonnoir.acceptees()).isEqualTo(3);
		assertThat(entonnoir.entrees()).isEqualTo(2);
		assertThat(entonnoir.terminees()).isEqualTo(1);
		assertThat(entonnoir.abandonsEnParcours()).isEqualTo(1);
		assertThat(entonnoir.abandonsAvantEntree()).isEqualTo(1);
		assertThat(p.motifs()).containsExactlyInAnyOrder(new Motif(OrientationStatut.ABANDON, "Reprise d'emploi", 1),
				new Motif(OrientationStatut.ABANDON, "Santé", 1), new Motif(OrientationStatut.REFUSEE, "Complet", 2),
				new Motif(OrientationStatut.EN_LISTE_ATTENTE, "Prochaine session", 1));
		assertThat(p.sorties().get(Echeance.M3).relevees()).isEqualTo(2);
		assertThat(p.sorties().get(Echeance.M3).taux()).isEqualTo(50);
		assertThat(p.sorties().get(Echeance.M6).taux()).isEqualTo(100);

		Pilotage autreTypologie = cockpit.pilotage(s.coordinationR1().perimetre(),
				new FiltresDuCockpit(null, null, null, null, TypologieParcours.HYBRIDE_CREATIF, null));
		assertThat(autreTypologie.entonnoir().orientees()).isZero();
		assertThat(autreTypologie.totaux().parcours()).isZero();
		Pilotage horsPeriode = cockpit.pilotage(s.coordinationR1().perimetre(),
				new FiltresDuCockpit(null, LocalDate.of(2027, 1, 1), null, null, null, null));
		assertThat(horsPeriode.totaux().parcours()).isZero();
	}

	@Test
	void binomes_needing_attention_come_first_with_their_reasons() {
		long binome1 = sql.sql("select binome_id from parcours where id = ?")
			.param(s.p1().id())
			.query(Long.class)
			.single();
		assertThat(cockpit.pilotage(s.coordinationR1().perimetre(), FiltresDuCockpit.AUCUN).binomesAVoir())
			.as("formé aujourd'hui, une séance il y a sept semaines : rien à signaler")
			.isEmpty();
		// formed a hundred days ago, still in T0
		sql.sql("update binome_transition set survenue_le = survenue_le - interval '100 days' where binome_id = ?")
			.param(binome1)
			.update();
		// the figures are kept for a while: the page says when they were computed
		assertThat(cockpit.pilotage(s.coordinationR1().perimetre(), FiltresDuCockpit.AUCUN).binomesAVoir()).isEmpty();
		horloge.avancer(Cockpit.FRAICHEUR.plusSeconds(1));
		Pilotage p = cockpit.pilotage(s.coordinationR1().perimetre(), FiltresDuCockpit.AUCUN);
		assertThat(p.binomesParPhase()).isEqualTo(Map.of("T0", 1L));
		assertThat(p.binomesAVoir()).extracting(BinomeAVoir::id).containsExactly(binome1);
		BinomeAVoir aVoir = p.binomesAVoir().get(0);
		// its last session was held on 12 January, its phase set when it was formed
		long attendus = sql.sql("""
				select extract(day from (cast(:maintenant as timestamptz) - greatest(
				    (select max(survenue_le) from binome_transition where binome_id = :b),
				    (select max(a.date_atelier)::timestamptz from atelier a join parcours p on p.id = a.parcours_id
				     where p.binome_id = :b and a.date_atelier <= cast(:maintenant as date)))))""")
			.param("maintenant", java.sql.Timestamp.from(horloge.instant()))
			.param("b", binome1)
			.query(Long.class)
			.single();
		assertThat(aVoir.joursSansActivite()).isEqualTo(attendus);
		assertThat(aVoir.inactif()).isEqualTo(attendus > cockpit.joursSansActivite()).isTrue();
		assertThat(aVoir.phaseEnRetard()).isTrue();
		assertThat(cockpit.pilotage(s.coordinationR2().perimetre(), FiltresDuCockpit.AUCUN).binomesAVoir()).isEmpty();
	}

	private void verifier(Pilotage p, List<Long> parcours) {
		List<Long> ids = parcours.isEmpty() ? List.of(-1L) : parcours;
		assertThat(p.totaux().parcours()).isEqualTo(parcours.size());
		assertThat(p.totaux().ateliers())
			.isEqualTo(compte("select count(*) from atelier where parcours_id in (:p)", ids));
		assertThat(p.totaux().minutes())
			.isEqualTo(compte("select coalesce(sum(duree_minutes), 0) from atelier where parcours_id in (:p)", ids));
		assertThat(p.totaux().beneficiaires()).isEqualTo(compte("""
				select count(distinct pr.beneficiaire_id) from presence pr join atelier a on a.id = pr.atelier_id
				where a.parcours_id in (:p) and pr.statut in ('PRESENT', 'EN_RETARD')""", ids));
		assertThat(p.assiduite().emargements()).isEqualTo(compte(
				"select count(*) from presence pr join atelier a on a.id = pr.atelier_id where a.parcours_id in (:p)",
				ids));
		assertThat(p.assiduite().presents()).isEqualTo(compte("""
				select count(*) from presence pr join atelier a on a.id = pr.atelier_id
				where a.parcours_id in (:p) and pr.statut in ('PRESENT', 'EN_RETARD')""", ids));
		assertThat(p.entonnoir().orientees())
			.isEqualTo(compte("select count(*) from orientation where parcours_id in (:p)", ids));
		assertThat(p.parVague()).extracting(Pilotage.Tendance::vague).containsExactlyElementsOf(sql.sql("""
				select distinct bi.vague_id from parcours p join binome bi on bi.id = p.binome_id
				where p.id in (:p) order by 1""").param("p", ids).query(Long.class).list());
	}

	private long compte(String requete, List<Long> parcours) {
		return sql.sql(requete).param("p", parcours).query(Long.class).single();
	}

	private long orienter(OrientationStatut statut, String motif) {
		String nom = "Cockpit" + Unique.numero();
		Long personne = beneficiaires.oriente(s.a1(), s.conseillerA1(), s.facilitateurT1().perimetre(), nom, null,
				s.p1().id(), statut);
		return sql.sql("select id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(Long.class)
			.single();
	}

	private void sortie(long orientation, String echeance, String situation) {
		sql.sql("""
				insert into situation_sortie (orientation_id, echeance, situation, saisie_par, saisie_le)
				values (?, ?, ?, 'conseil@test.invalid', now())""").params(orientation, echeance, situation).update();
	}

	private long vagueDe(long parcours) {
		return sql.sql("select bi.vague_id from parcours p join binome bi on bi.id = p.binome_id where p.id = ?")
			.param(parcours)
			.query(Long.class)
			.single();
	}

	private static FiltresDuCockpit filtreVague(long vague) {
		return new FiltresDuCockpit(vague, null, null, null, null, null);
	}

}
