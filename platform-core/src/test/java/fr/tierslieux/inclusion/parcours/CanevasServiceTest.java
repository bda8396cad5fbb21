package fr.tierslieux.inclusion.parcours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.binome.BinomeService;
import fr.tierslieux.inclusion.binome.Phase;
import fr.tierslieux.inclusion.binome.SuiviDuBinome;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.CanevasService.Canevas;
import fr.tierslieux.inclusion.parcours.CanevasService.Contenu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The canvas written by both referents, validated by each then by the coordination: the
 * parcours is created with the vague's tariff and the binôme enters T2.
 */
@CoreTest
@Transactional
class CanevasServiceTest {

	@Autowired
	CanevasService canevas;

	@Autowired
	VagueService vagues;

	@Autowired
	BinomeService binomes;

	@Autowired
	SuiviDuBinome suivi;

	@Autowired
	BinomeKit binomeKit;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient sql;

	@Autowired
	PresentationParcours presentations;

	@Autowired
	fr.tierslieux.inclusion.kit.HorlogeDeTest horloge;

	Connecte coordination;

	Connecte conseiller;

	Connecte facilitation;

	Long binome;

	@org.junit.jupiter.api.AfterEach
	void horlogeAuDepart() {
		horloge.regler(fr.tierslieux.inclusion.CoreTestApplication.DEPART);
	}

	@BeforeEach
	void unBinomeEnT1() {
		horloge.regler(fr.tierslieux.inclusion.CoreTestApplication.DEPART);
		RegionDeTest region = territoire.region();
		coordination = comptes.coordinateur(region.code());
		Map<FormatParcours, BigDecimal> tarifs = new EnumMap<>(VagueService.tarifsDuGuide());
		tarifs.put(FormatParcours.LONG, new BigDecimal("12000.00"));
		Long vague = vagues.ouvrir(coordination.perimetre(), new VagueService.NouvelleVague("Vague " + Unique.numero(),
				region.code(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 18), new BigDecimal("90000"), tarifs));
		Long agence = annuaire.agence(region.departement());
		Long lieu = annuaire.tiersLieu("Lieu", region.departement());
		conseiller = comptes.conseiller(agence);
		facilitation = comptes.facilitateur(lieu);
		binome = binomes.former(coordination.perimetre(), vague, agence, lieu, conseiller.id(), facilitation.id());
		binomeKit.remplirLaFiche(binome, conseiller.perimetre(), facilitation.perimetre());
		binomes.passerALaPhaseSuivante(coordination.perimetre(), binome, 0, null);
	}

	@Test
	void both_referents_write_and_validate_then_the_coordination_creates_the_parcours() {
		horloge.avancer(java.time.Duration.ofDays(1));
		Canevas vide = canevas.canevas(conseiller.perimetre(), binome);
		assertThat(vide.version()).isZero();
		assertThat(vide.modifiable()).isTrue();
		canevas.enregistrer(conseiller.perimetre(), binome, 0,
				new Contenu("Parcours par le faire", null, FormatParcours.LONG, null, null, null, null, null, null,
						null, null, null, null, null, null, null, Set.of("CONTRAINTE:C02")));
		assertThatThrownBy(() -> canevas.enregistrer(facilitation.perimetre(), binome, 0, complet("Autre")))
			.as("sur la version vue avant l'enregistrement de l'agence")
			.isInstanceOf(ConflitException.class)
			.hasMessage("conflit.modificationConcurrente");
		Canevas partiel = canevas.canevas(facilitation.perimetre(), binome);
		assertThat(partiel.budgetIndicatif()).as("grille de la vague").isEqualByComparingTo("12000");
		assertThat(partiel.manquants()).contains("typologie", "profils", "competences").doesNotContain("format");
		assertThatThrownBy(() -> canevas.valider(facilitation.perimetre(), binome, partiel.version()))
			.isInstanceOf(ConflitException.class)
			.hasMessage("conflit.canevasIncomplet");

		canevas.enregistrer(facilitation.perimetre(), binome, partiel.version(), complet("Parcours par le faire"));
		long version = canevas.canevas(conseiller.perimetre(), binome).version();
		canevas.valider(conseiller.perimetre(), binome, version);
		assertThatThrownBy(() -> canevas.valider(coordination.perimetre(), binome, version))
			.isInstanceOf(ConflitException.class)
			.hasMessage("conflit.canevasAttendLesReferents");

		canevas.enregistrer(facilitation.perimetre(), binome, version, complet("Parcours par le faire, version 2"));
		Canevas modifie = canevas.canevas(coordination.perimetre(), binome);
		assertThat(modifie.valideAgenceLe()).as("une modification demande à nouveau les validations").isNull();
		canevas.valider(conseiller.perimetre(), binome, modifie.version());
		canevas.valider(facilitation.perimetre(), binome, modifie.version());
		assertThat(canevas.canevas(coordination.perimetre(), binome).validable()).isTrue();
		horloge.avancer(java.time.Duration.ofDays(1));
		Long parcours = canevas.valider(coordination.perimetre(), binome, modifie.version());

		assertThat(sql.sql("select intitule, format, budget, capacite from parcours where id = :id")
			.param("id", parcours)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBigDecimal(3).toPlainString() + "|"
					+ rs.getInt(4))
			.single()).isEqualTo("Parcours par le faire, version 2|LONG|12000.00|12");
		assertThat(suivi.page(coordination.perimetre(), binome).binome().phase()).isEqualTo(Phase.T2);
		assertThat(canevas.canevas(conseiller.perimetre(), binome).parcoursId()).isEqualTo(parcours);
		assertThat(canevas.canevas(conseiller.perimetre(), binome).modifiable()).as("le canevas est clos en T2")
			.isFalse();
		PresentationParcours.Presentation presentation = presentations.presentation(conseiller.perimetre(), parcours);
		assertThat(presentation.intitule()).isEqualTo("Parcours par le faire, version 2");
		assertThat(presentation.lieu()).isEqualTo("La Fabrique, Montreuil");
		assertThat(presentation.competences()).containsExactly(
				"Pix 1.1 — Mener une recherche et une veille d’information",
				"DigComp 2.1 — Interacting through digital technologies");
		assertThatThrownBy(() -> presentations
			.presentation(comptes.conseiller(annuaire.agence(territoire.region().departement())).perimetre(), parcours))
			.isInstanceOf(IntrouvableException.class);
		assertThat(suivi.page(conseiller.perimetre(), binome).frise()).extracting(SuiviDuBinome.Evenement::cle)
			.endsWith("binome.frise.validationAgence", "binome.frise.validationTiersLieu",
					"binome.frise.validationCoordination", "binome.frise.phase");
	}

	@Test
	void nobody_outside_the_binome_reads_or_writes_its_canvas() {
		Connecte ailleurs = comptes.conseiller(annuaire.agence(territoire.region().departement()));
		assertThatThrownBy(() -> canevas.canevas(ailleurs.perimetre(), binome))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> canevas.enregistrer(coordination.perimetre(), binome, 0, complet("x")))
			.isInstanceOf(fr.tierslieux.inclusion.commun.AccesRefuseException.class);
	}

	private static Contenu complet(String intitule) {
		return new Contenu(intitule, TypologieParcours.APPRENTISSAGE_PAR_LE_FAIRE, FormatParcours.LONG,
				"Demandeurs d'emploi éloignés du numérique", "Prendre confiance avec l'ordinateur",
				"Deux demi-journées de préparation", "Visite du lieu", "Ateliers de prise en main",
				"Pratique au fablab", "Projet professionnel", "Auto-évaluation et entretien", "La Fabrique, Montreuil",
				"Métro ligne 9", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 12,
				Set.of("PIX:1.1", "DIGCOMP:2.1", "CONTRAINTE:C02"));
	}

}
