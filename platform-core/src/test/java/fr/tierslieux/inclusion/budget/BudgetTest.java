package fr.tierslieux.inclusion.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.atelier.AtelierService;
import fr.tierslieux.inclusion.atelier.TypeAtelier;
import fr.tierslieux.inclusion.budget.BaremeDesVagues.NouveauBareme;
import fr.tierslieux.inclusion.budget.BilanBudgetaire.Ligne;
import fr.tierslieux.inclusion.budget.Conventions.Cofinancement;
import fr.tierslieux.inclusion.budget.Conventions.ConventionLigne;
import fr.tierslieux.inclusion.budget.Conventions.NouvelleConvention;
import fr.tierslieux.inclusion.budget.Engagements.NouveauPaiement;
import fr.tierslieux.inclusion.budget.Engagements.NouvelEngagement;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.ParcoursService;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.parcours.VagueService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The budget of a vague: its versioned table, conventions and their caps, commitments and
 * payments in exact decimals, and the report, every figure of which is recomputed here
 * from the records; each role sees exactly its régions' money.
 */
@CoreTest
@Transactional
class BudgetTest extends AvecDeuxRegions {

	static final LocalDate DEBUT = LocalDate.of(2026, 1, 1);

	static final LocalDate FIN = LocalDate.of(2026, 12, 31);

	@Autowired
	BaremeDesVagues baremes;

	@Autowired
	Conventions conventions;

	@Autowired
	Engagements engagements;

	@Autowired
	BilansBudgetaires bilans;

	@Autowired
	VagueService vagues;

	@Autowired
	ParcoursService parcours;

	@Autowired
	AtelierService ateliers;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient sql;

	long binome1;

	long vague1;

	long vague2;

	@BeforeEach
	void lesVagues() {
		binome1 = sql.sql("select binome_id from parcours where id = :id")
			.param("id", s.p1().id())
			.query(Long.class)
			.single();
		vague1 = vagueDuParcours(s.p1().id());
		vague2 = vagueDuParcours(s.p2().id());
	}

	@Test
	void each_change_of_the_table_is_a_new_version_and_the_one_in_force_feeds_the_canvas() {
		Perimetre coordination = s.coordinationR1().perimetre();
		assertThat(baremes.versions(coordination, vague1)).extracting(BaremeDesVagues.Bareme::numero)
			.containsExactly(1);

		Map<FormatParcours, BigDecimal> tarifs = new EnumMap<>(FormatParcours.class);
		tarifs.put(FormatParcours.COURT, new BigDecimal("5500.50"));
		tarifs.put(FormatParcours.LONG, new BigDecimal("11000.00"));
		tarifs.put(FormatParcours.LONG_AUGMENTE, new BigDecimal("16000.00"));
		tarifs.put(FormatParcours.LONG_INTENSIF, new BigDecimal("16000.00"));
		baremes.modifier(coordination, vague1, 1,
				new NouveauBareme(new BigDecimal("85000.00"), new BigDecimal("3200.00"), tarifs, "Avenant régional"));

		List<BaremeDesVagues.Bareme> versions = baremes.versions(coordination, vague1);
		assertThat(versions).extracting(BaremeDesVagues.Bareme::numero).containsExactly(2, 1);
		assertThat(versions.get(0).modifiePar()).isEqualTo(coordination.identifiant());
		assertThat(versions.get(0).motif()).isEqualTo("Avenant régional");
		assertThat(versions.get(1).tarif(FormatParcours.COURT)).isEqualByComparingTo("5000");
		VagueService.VagueLigne enVigueur = vagues.vagues(coordination)
			.stream()
			.filter(v -> v.id() == vague1)
			.findFirst()
			.orElseThrow();
		assertThat(enVigueur.tarifs().get(FormatParcours.COURT)).isEqualByComparingTo("5500.50");
		assertThat(enVigueur.enveloppe()).isEqualByComparingTo("85000.00");

		// edited on version 1 while version 2 is in force
		assertThatThrownBy(() -> baremes.modifier(coordination, vague1, 1,
				new NouveauBareme(BigDecimal.ONE, BigDecimal.ONE, tarifs, null)))
			.isInstanceOf(ConflitException.class);
		assertThatThrownBy(() -> baremes.modifier(s.piloteR2().perimetre(), vague2, 1,
				new NouveauBareme(BigDecimal.ONE, BigDecimal.ONE, tarifs, null)))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> baremes.modifier(s.coordinationR2().perimetre(), vague1, 2,
				new NouveauBareme(BigDecimal.ONE, BigDecimal.ONE, tarifs, null)))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void france_travail_pays_at_most_half_of_a_subventioned_action() {
		Perimetre coordination = s.coordinationR1().perimetre();
		assertThatThrownBy(
				() -> conventions.enregistrer(coordination, subvention("S-1", "5000.01", "10000.00", List.of())))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, refus -> {
				assertThat(refus.champ()).isEqualTo("montant");
				assertThat(refus.codeMessage()).isEqualTo("convention.plafondSubvention");
				assertThat((BigDecimal) refus.arguments()[0]).isEqualByComparingTo("5000.00");
			});
		assertThatThrownBy(() -> conventions.enregistrer(coordination,
				subvention("S-2", "5000.00", "10000.00",
						List.of(new Cofinancement("Région", new BigDecimal("3000.00")),
								new Cofinancement("Département", new BigDecimal("2000.01"))))))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.champ()).isEqualTo("cofinanceurs"));
		long id = conventions.enregistrer(coordination,
				subvention("S-3", "5000.00", "10000.00", List.of(new Cofinancement("Région", new BigDecimal("3000.00")),
						new Cofinancement("Département", new BigDecimal("2000.00")))));
		assertThat(conventions.fiche(coordination, id).cofinanceurs()).extracting(Cofinancement::nom)
			.containsExactly("Région", "Département");

		assertThatThrownBy(() -> conventions.enregistrer(coordination,
				convention("G-1", TypeConvention.GRACIEUSE, "10.00", null, null)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.codeMessage()).isEqualTo("convention.gracieuseSansMontant"));
		assertThatThrownBy(() -> conventions.enregistrer(coordination,
				convention("P-1", TypeConvention.PRESTATION, "10.00", null, null)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.champ()).isEqualTo("referenceMarche"));
		assertThatThrownBy(() -> conventions.enregistrer(coordination, subvention("S-3", "1.00", "10.00", List.of())))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.codeMessage()).isEqualTo("convention.numeroPris"));
		assertThatThrownBy(() -> conventions.enregistrer(s.coordinationR2().perimetre(),
				subvention("S-4", "1.00", "10.00", List.of())))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.champ()).isEqualTo("tiersLieuId"));

		// the database holds the same rule whoever writes to it (last: the error ends the
		// transaction)
		assertThatThrownBy(
				() -> sql.sql("update convention set montant = 5000.01 where id = :id").param("id", id).update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void nothing_is_committed_or_paid_beyond_what_is_available_and_sums_are_exact() {
		Perimetre coordination = s.coordinationR1().perimetre();
		long convention = conventions.enregistrer(coordination, subvention("S-10", "6000.30", "20000.00", List.of()));
		long e1 = engagements.engager(coordination, convention,
				new NouvelEngagement(binome1, s.p1().id(), new BigDecimal("3000.10"), DEBUT.plusDays(10)));
		engagements.engager(coordination, convention,
				new NouvelEngagement(binome1, null, new BigDecimal("3000.10"), DEBUT.plusDays(10)));
		assertThatThrownBy(() -> engagements.engager(coordination, convention,
				new NouvelEngagement(binome1, null, new BigDecimal("0.11"), DEBUT.plusDays(11))))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, refus -> {
				assertThat(refus.champ()).isEqualTo("montantEngage");
				assertThat((BigDecimal) refus.arguments()[0]).isEqualByComparingTo("0.10");
			});
		long binome2 = sql.sql("select binome_id from parcours where id = :id")
			.param("id", s.p2().id())
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> engagements.engager(coordination, convention,
				new NouvelEngagement(binome2, null, new BigDecimal("0.01"), DEBUT.plusDays(11))))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.champ()).isEqualTo("cible"));
		assertThatThrownBy(() -> engagements.engager(coordination, convention,
				new NouvelEngagement(binome1, null, new BigDecimal("0.01"), FIN.plusDays(1))))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.champ()).isEqualTo("dateEngagement"));

		for (String montant : List.of("0.10", "0.20", "1000.00")) {
			engagements.payer(coordination, convention,
					new NouveauPaiement(e1, DEBUT.plusDays(20), new BigDecimal(montant), "Mandat " + montant));
		}
		assertThatThrownBy(() -> engagements.payer(coordination, convention,
				new NouveauPaiement(e1, DEBUT.plusDays(21), new BigDecimal("0.10"), "Mandat 0.10")))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.codeMessage()).isEqualTo("paiement.referenceDejaSaisie"));
		assertThatThrownBy(() -> engagements.payer(coordination, convention,
				new NouveauPaiement(e1, DEBUT.plusDays(21), new BigDecimal("1999.81"), "Mandat final")))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat((BigDecimal) refus.arguments()[0]).isEqualByComparingTo("1999.80"));

		Engagements.EngagementLigne premier = engagements.engagements(coordination, convention).get(0);
		assertThat(premier.paye()).isEqualTo(new BigDecimal("1000.30"));
		assertThat(premier.reste()).isEqualTo(new BigDecimal("1999.80"));
		ConventionLigne ligne = conventions.conventions(coordination, Curseur.debut()).lignes().get(0);
		assertThat(ligne.engage()).isEqualTo(new BigDecimal("6000.20"));
		assertThat(ligne.paye()).isEqualTo(new BigDecimal("1000.30"));
	}

	@Test
	void the_report_recomputes_from_the_records() {
		Perimetre coordination = s.coordinationR1().perimetre();
		// a second parcours, long, with one atelier of 2 h 30 and nobody yet
		Long long1 = parcours.creer(binome1, "Parcours long", TypologieParcours.PROFESSIONNALISATION,
				FormatParcours.LONG, new BigDecimal("10000.00"), "Toutes les typologies", DEBUT.plusDays(30),
				DEBUT.plusDays(90), 8);
		ateliers.planifier(long1, "Première séance", DEBUT.plusDays(31), LocalTime.of(9, 0), LocalTime.of(11, 30),
				"Salle", TypeAtelier.THEORIQUE);
		long convention = conventions.enregistrer(coordination, subvention("S-20", "9000.00", "18000.00",
				List.of(new Cofinancement("Région", new BigDecimal("4500.00")))));
		long surLeCourt = engagements.engager(coordination, convention,
				new NouvelEngagement(binome1, s.p1().id(), new BigDecimal("4999.99"), DEBUT.plusDays(5)));
		engagements.engager(coordination, convention,
				new NouvelEngagement(binome1, null, new BigDecimal("2999.97"), DEBUT.plusDays(5)));
		engagements.payer(coordination, convention,
				new NouveauPaiement(surLeCourt, DEBUT.plusDays(40), new BigDecimal("2500.01"), "M-1"));

		BilanBudgetaire bilan = bilans.bilan(coordination, vague1, null);

		BigDecimal prevu = sql.sql("""
				select sum(t.montant) from parcours p join binome bi on bi.id = p.binome_id
				join tarif_vague t on t.vague_id = bi.vague_id and t.format = p.format where bi.vague_id = :v""")
			.param("v", vague1)
			.query(BigDecimal.class)
			.single()
			.add(sql.sql("""
					select count(*) * v.ingenierie_binome from binome bi join vague v on v.id = bi.vague_id
					where v.id = :v group by v.ingenierie_binome""")
				.param("v", vague1)
				.query(BigDecimal.class)
				.single());
		long minutes = sql.sql("""
				select sum(a.duree_minutes) from atelier a join parcours p on p.id = a.parcours_id
				join binome bi on bi.id = p.binome_id where bi.vague_id = :v""")
			.param("v", vague1)
			.query(Long.class)
			.single();
		long personnes = sql.sql("""
				select count(distinct pr.beneficiaire_id) from presence pr join atelier a on a.id = pr.atelier_id
				join parcours p on p.id = a.parcours_id join binome bi on bi.id = p.binome_id
				where bi.vague_id = :v and pr.statut in ('PRESENT', 'EN_RETARD')""")
			.param("v", vague1)
			.query(Long.class)
			.single();
		BigDecimal engage = new BigDecimal("4999.99").add(new BigDecimal("2999.97"));

		Ligne total = bilan.total();
		assertThat(total.prevu()).isEqualTo(prevu.setScale(2));
		assertThat(total.engage()).isEqualTo(engage);
		assertThat(total.paye()).isEqualTo(new BigDecimal("2500.01"));
		assertThat(total.resteAPayer()).isEqualTo(new BigDecimal("5499.95"));
		assertThat(total.minutes()).isEqualTo(minutes).isEqualTo(6 * 60 + 150);
		assertThat(total.personnes()).isEqualTo(personnes).isEqualTo(1);
		assertThat(total.coutParHeure()).isEqualTo(
				engage.multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(minutes), 2, RoundingMode.HALF_UP));
		assertThat(total.coutParPersonne()).isEqualTo(engage);
		// the coordination envelope of the vague, as recorded, on top of what the
		// tiers-lieux plan
		BigDecimal enveloppe = sql.sql("select enveloppe_budget from vague where id = :v")
			.param("v", vague1)
			.query(BigDecimal.class)
			.single();
		assertThat(bilan.entete().budgetTotal(total)).isEqualTo(enveloppe.add(prevu).setScale(2));

		Map<String, Ligne> parPoste = bilan.parPoste().stream().collect(Collectors.toMap(Ligne::cle, l -> l));
		assertThat(bilan.parPoste()).extracting(Ligne::cle)
			.containsExactly("COURT", "LONG", BilanBudgetaire.INGENIERIE);
		assertThat(parPoste.get("COURT").engage()).isEqualTo(new BigDecimal("4999.99"));
		assertThat(parPoste.get("COURT").minutes()).isEqualTo(6 * 60);
		assertThat(parPoste.get("LONG").engage()).isEqualByComparingTo("0");
		assertThat(parPoste.get("LONG").coutParPersonne()).isNull();
		assertThat(parPoste.get(BilanBudgetaire.INGENIERIE).prevu()).isEqualTo(bilan.entete().ingenierieParBinome());
		assertThat(bilan.parTiersLieu()).extracting(Ligne::cle).containsExactly(String.valueOf(s.t1()));
		assertThat(bilan.parDepartement()).extracting(Ligne::cle).containsExactly(s.r1().departement());
		assertThat(bilan.parTiersLieu().get(0).engage()).isEqualTo(engage);

		assertThat(bilan.conventions()).extracting(BilanBudgetaire.ConventionMobilisee::id).containsExactly(convention);
		assertThat(bilan.financeurs()).extracting(BilanBudgetaire.Financeur::nom).containsExactly(null, "Région");
		assertThat(bilan.financeurs()).extracting(BilanBudgetaire.Financeur::montant)
			.containsExactly(new BigDecimal("9000.00"), new BigDecimal("4500.00"));

		// a payment shows at once, although the report is kept two minutes
		engagements.payer(coordination, convention,
				new NouveauPaiement(surLeCourt, DEBUT.plusDays(41), new BigDecimal("0.99"), "M-2"));
		assertThat(bilans.bilan(coordination, vague1, null).total().paye()).isEqualTo(new BigDecimal("2501.00"));

		BilanBudgetaire ailleurs = bilans.bilan(coordination, vague1, s.r2().departement());
		assertThat(ailleurs.parTiersLieu()).isEmpty();
		assertThat(ailleurs.total().engage()).isEqualByComparingTo("0");
		assertThat(ailleurs.conventions()).isEmpty();
		// found by the vulnerability scan: the sums of an empty report were null, and its
		// page, PDF and spreadsheet answered 500
		for (String departement : List.of(s.r2().departement(), "ZZZ")) {
			BilanBudgetaire vide = bilans.bilan(coordination, vague1, departement);
			assertThat(vide.total().prevu()).isEqualByComparingTo("0");
			assertThat(vide.entete().budgetTotal(vide.total())).isEqualByComparingTo(vide.entete().enveloppe());
		}
	}

	@Test
	void each_role_sees_exactly_the_money_of_its_regions() {
		long c1 = conventions.enregistrer(s.coordinationR1().perimetre(),
				subvention("R1-1", "1.00", "10.00", List.of()));
		long c2 = conventions.enregistrer(s.coordinationR2().perimetre(),
				new NouvelleConvention(s.t2(), "R2-1", "Lieu deux", TypeConvention.PRESTATION,
						ObjetConvention.NUMERIQUE, null, DEBUT, FIN, new BigDecimal("8000.00"), null, "MP-2026-04",
						"Lot 2", null, null, List.of()));

		assertThat(idsDesConventions(s.coordinationR1().perimetre())).containsExactly(c1);
		assertThat(idsDesConventions(s.piloteR2().perimetre())).containsExactly(c2);
		assertThat(idsDesConventions(s.coordinationR3().perimetre())).isEmpty();
		assertThat(idsDesConventions(s.conseillerA1().perimetre())).isEmpty();
		assertThat(idsDesConventions(s.facilitateurT1().perimetre())).isEmpty();
		assertThat(idsDesConventions(s.admin().perimetre())).contains(c1, c2);

		assertThat(bilans.vagues(s.coordinationR1().perimetre())).extracting(BilansBudgetaires.VagueBudgetee::id)
			.containsExactly(vague1);
		assertThat(bilans.vagues(s.piloteR2().perimetre())).extracting(BilansBudgetaires.VagueBudgetee::id)
			.containsExactly(vague2);
		assertThat(bilans.vagues(s.facilitateurT1().perimetre())).isEmpty();
		assertThat(bilans.vagues(s.conseillerA1().perimetre())).isEmpty();
		assertThat(bilans.vagues(s.admin().perimetre())).extracting(BilansBudgetaires.VagueBudgetee::id)
			.contains(vague1, vague2);

		for (Perimetre intrus : List.of(s.piloteR2().perimetre(), s.coordinationR3().perimetre(),
				s.facilitateurT1().perimetre(), s.conseillerA1().perimetre())) {
			assertThatThrownBy(() -> bilans.bilan(intrus, vague1, null)).isInstanceOf(IntrouvableException.class);
			assertThatThrownBy(() -> conventions.fiche(intrus, c1)).isInstanceOf(IntrouvableException.class);
		}
		// a direction reads its région's conventions, it does not commit on them
		assertThatThrownBy(() -> engagements.engager(s.piloteR2().perimetre(), c2,
				new NouvelEngagement(1L, null, BigDecimal.ONE, DEBUT)))
			.isInstanceOf(AccesRefuseException.class);
		assertThat(bilans.bilan(s.piloteR2().perimetre(), vague2, null).entete().vagueId()).isEqualTo(vague2);
	}

	@Test
	void a_convention_near_its_end_is_flagged_until_it_is_renewed() {
		Perimetre coordination = s.coordinationR1().perimetre();
		LocalDate aujourdhui = LocalDate.now(horloge);
		long proche = conventions.enregistrer(coordination,
				new NouvelleConvention(s.t1(), "E-1", "Lieu un", TypeConvention.GRACIEUSE, ObjetConvention.AUTRE,
						"Permanences au tiers-lieu", DEBUT, aujourdhui.plusDays(conventions.joursAvantEcheance()),
						BigDecimal.ZERO, null, null, null, null, null, List.of()));
		conventions.enregistrer(coordination,
				new NouvelleConvention(s.t1(), "E-2", "Lieu un", TypeConvention.GRACIEUSE, ObjetConvention.NUMERIQUE,
						null, DEBUT, aujourdhui.plusDays(conventions.joursAvantEcheance() + 1), BigDecimal.ZERO, null,
						null, null, null, null, List.of()));
		assertThat(conventions.aEcheance(coordination)).extracting(ConventionLigne::id).containsExactly(proche);
		assertThat(conventions.conventions(coordination, Curseur.debut()).lignes())
			.filteredOn(ConventionLigne::aEcheance)
			.extracting(ConventionLigne::id)
			.containsExactly(proche);

		assertThatThrownBy(() -> conventions.enregistrer(s.coordinationR2().perimetre(),
				new NouvelleConvention(s.t2(), "E-3", "Lieu deux", TypeConvention.GRACIEUSE, ObjetConvention.NUMERIQUE,
						null, DEBUT, FIN, BigDecimal.ZERO, null, null, null, proche, LienConvention.RENOUVELLEMENT,
						List.of())))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					refus -> assertThat(refus.champ()).isEqualTo("precedenteId"));
		long renouvellement = conventions.enregistrer(coordination,
				new NouvelleConvention(s.t1(), "E-1 bis", "Lieu un", TypeConvention.SUBVENTION,
						ObjetConvention.NUMERIQUE, null, aujourdhui.plusDays(61), aujourdhui.plusYears(2),
						new BigDecimal("4000.00"), new BigDecimal("8000.00"), null, null, proche,
						LienConvention.ELARGISSEMENT, List.of()));
		assertThat(conventions.aEcheance(coordination)).isEmpty();
		FicheConvention fiche = conventions.fiche(coordination, proche);
		assertThat(fiche.suites()).extracting(FicheConvention.Suite::id).containsExactly(renouvellement);
		assertThat(conventions.fiche(coordination, renouvellement).entete().precedenteNumero()).isEqualTo("E-1");
	}

	private List<Long> idsDesConventions(Perimetre qui) {
		return conventions.conventions(qui, Curseur.debut()).map(ConventionLigne::id);
	}

	private NouvelleConvention subvention(String numero, String montant, String cout, List<Cofinancement> autres) {
		return new NouvelleConvention(s.t1(), numero, "Association Lieu un", TypeConvention.SUBVENTION,
				ObjetConvention.NUMERIQUE, null, DEBUT, FIN, new BigDecimal(montant), new BigDecimal(cout), null, null,
				null, null, autres);
	}

	private NouvelleConvention convention(String numero, TypeConvention type, String montant, String marche,
			String lot) {
		return new NouvelleConvention(s.t1(), numero, "Association Lieu un", type, ObjetConvention.NUMERIQUE, null,
				DEBUT, FIN, new BigDecimal(montant), null, marche, lot, null, null, List.of());
	}

	private long vagueDuParcours(long parcoursId) {
		return sql.sql("select bi.vague_id from parcours p join binome bi on bi.id = p.binome_id where p.id = :id")
			.param("id", parcoursId)
			.query(Long.class)
			.single();
	}

}
