package fr.tierslieux.inclusion.binome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.annuaire.Adresse;
import fr.tierslieux.inclusion.annuaire.AgenceType;
import fr.tierslieux.inclusion.annuaire.AnnuaireService;
import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.binome.BinomeService.NouveauBinome;
import fr.tierslieux.inclusion.binome.CandidatureService.AppelOuvert;
import fr.tierslieux.inclusion.binome.CandidatureService.Candidature;
import fr.tierslieux.inclusion.binome.CandidatureService.StatutCandidature;
import fr.tierslieux.inclusion.binome.FormationDesBinomes.Choix;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.VagueService;
import fr.tierslieux.inclusion.parcours.VagueService.NouvelleVague;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The call for volunteers of a vague, then the binôme formed from a selected tiers-lieu
 * with the nearest agences suggested and referents of the right structures.
 */
@CoreTest
@Transactional
class AppelEtFormationTest {

	@Autowired
	CandidatureService candidatures;

	@Autowired
	FormationDesBinomes formation;

	@Autowired
	BinomeService binomes;

	@Autowired
	SuiviDuBinome suivi;

	@Autowired
	VagueService vagues;

	@Autowired
	AnnuaireService annuaire;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	CompteKit comptes;

	RegionDeTest region;

	Connecte coordination;

	Long vague;

	Long lieu;

	Connecte facilitation;

	@BeforeEach
	void uneVagueEtUnLieuVolontaire() {
		region = territoire.region();
		coordination = comptes.coordinateur(region.code());
		vague = vagues.ouvrir(coordination.perimetre(),
				new NouvelleVague("Vague " + Unique.numero(), region.code(), LocalDate.of(2026, 1, 5),
						LocalDate.of(2026, 12, 18), new BigDecimal("80000"), VagueService.tarifsDuGuide()));
		lieu = lieu("La Fabrique", 48.85, 2.35);
		facilitation = comptes.facilitateur(lieu);
	}

	@Test
	void a_tiers_lieu_applies_and_the_coordination_selects_or_declines_with_a_reason() {
		assertThat(candidatures.appels(facilitation.perimetre())).extracting(AppelOuvert::vagueId, AppelOuvert::statut)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(vague, null));
		Long candidature = candidatures.candidater(facilitation.perimetre(), vague, lieu, "Un fablab de 80 m²",
				"Un parcours par le faire");
		assertThatThrownBy(
				() -> candidatures.candidater(facilitation.perimetre(), vague, lieu, "Encore", "Une seconde fois"))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("candidature.dejaDeposee");
		Long autreLieu = lieu("Le Moulin", 48.9, 2.4);
		assertThatThrownBy(() -> candidatures.candidater(facilitation.perimetre(), vague, autreLieu, "a", "b"))
			.as("pour le tiers-lieu d'un autre")
			.isInstanceOf(AccesRefuseException.class);

		assertThat(candidatures.candidatures(coordination.perimetre(), vague)).extracting(Candidature::id)
			.containsExactly(candidature);
		assertThatThrownBy(
				() -> candidatures.candidatures(comptes.coordinateur(territoire.region().code()).perimetre(), vague))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> candidatures.decider(coordination.perimetre(), candidature, 0, false, " "))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("candidature.motifRequis");
		candidatures.decider(coordination.perimetre(), candidature, 0, false, "Trop loin des agences");
		assertThat(candidatures.appels(facilitation.perimetre())).singleElement()
			.extracting(AppelOuvert::statut, AppelOuvert::motif)
			.containsExactly(StatutCandidature.DECLINEE, "Trop loin des agences");
	}

	@Test
	void the_binome_is_formed_from_a_selected_tiers_lieu_with_the_nearest_agences_first() {
		Long loin = agence("Agence lointaine", 49.5, 3.5);
		Long proche = agence("Agence proche", 48.86, 2.36);
		Long moyenne = agence("Agence moyenne", 48.95, 2.5);
		Connecte conseiller = comptes.conseiller(proche);
		Connecte autreConseiller = comptes.conseiller(loin);

		assertThatThrownBy(() -> binomes.former(coordination.perimetre(),
				new NouveauBinome(vague, lieu, proche, null, null, Set.of(ThemeCooperation.NUMERIQUE), null)))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("binome.tiersLieuNonRetenu");
		Long candidature = candidatures.candidater(facilitation.perimetre(), vague, lieu, "Fablab", "Parcours");
		candidatures.decider(coordination.perimetre(), candidature, 0, true, null);

		assertThat(formation.tiersLieuxRetenus(vague)).extracting(Choix::id).containsExactly(lieu);
		FormationDesBinomes.AgencesProposees agences = formation.agences(vague, lieu);
		assertThat(agences.plusProches()).extracting(Choix::id).containsExactly(proche, moyenne, loin);
		assertThat(agences.plusProches().get(0).distanceKm()).isBetween(new BigDecimal("1.0"), new BigDecimal("2.0"));
		assertThat(formation.conseillers(proche)).extracting(Choix::id).containsExactly(conseiller.id());

		assertThatThrownBy(() -> binomes.former(coordination.perimetre(),
				new NouveauBinome(vague, lieu, proche, autreConseiller.id(), facilitation.id(),
						Set.of(ThemeCooperation.NUMERIQUE), null)))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("referentAgence");
		Long binome = binomes.former(coordination.perimetre(), new NouveauBinome(vague, lieu, proche, conseiller.id(),
				facilitation.id(), Set.of(ThemeCooperation.NUMERIQUE, ThemeCooperation.AUTRE), "Un jardin partagé"));
		assertThatThrownBy(() -> binomes.former(coordination.perimetre(),
				new NouveauBinome(vague, lieu, proche, null, null, Set.of(), null)))
			.isInstanceOf(SaisieRefuseeException.class)
			.hasMessageContaining("binome.existeDeja");

		SuiviDuBinome.PageBinome page = suivi.page(conseiller.perimetre(), binome);
		assertThat(page.binome().phase()).isEqualTo(Phase.T0);
		assertThat(page.moi()).isEqualTo(Cote.AGENCE);
		assertThat(page.details().themes()).containsExactlyInAnyOrder(ThemeCooperation.NUMERIQUE,
				ThemeCooperation.AUTRE);
		assertThat(page.details().autreTheme()).isEqualTo("Un jardin partagé");
		assertThat(page.aFaire()).extracting(SuiviDuBinome.AFaire::cle)
			.containsExactly("binome.aFaire.fiche.AGENCE", "binome.aFaire.fiche.TIERS_LIEU");
		assertThat(page.frise()).extracting(SuiviDuBinome.Evenement::cle).containsExactly("binome.frise.forme");
		assertThat(page.conseillers()).as("seule la coordination choisit les référents").isEmpty();
		SuiviDuBinome.PageBinome pourLaCoordination = suivi.page(coordination.perimetre(), binome);
		assertThat(pourLaCoordination.conseillers()).extracting(Choix::id).containsExactly(conseiller.id());
		assertThat(pourLaCoordination.facilitateurs()).extracting(Choix::id).containsExactly(facilitation.id());
		assertThat(suivi.binomes(conseiller.perimetre(), fr.tierslieux.inclusion.commun.Curseur.debut())
			.map(SuiviDuBinome.BinomeLigne::id)).containsExactly(binome);
		assertThat(suivi.binomes(autreConseiller.perimetre(), fr.tierslieux.inclusion.commun.Curseur.debut()).estVide())
			.isTrue();
		assertThatThrownBy(() -> suivi.page(autreConseiller.perimetre(), binome))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> suivi.page(comptes.pilote(region.code()).perimetre(), binome))
			.as("une direction lit des chiffres, pas les binômes")
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void each_referent_ticks_the_success_factors_for_their_side_only() {
		Long agence = agence("Agence", 48.86, 2.36);
		Connecte conseiller = comptes.conseiller(agence);
		Long candidature = candidatures.candidater(facilitation.perimetre(), vague, lieu, "Fablab", "Parcours");
		candidatures.decider(coordination.perimetre(), candidature, 0, true, null);
		Long binome = binomes.former(coordination.perimetre(),
				new NouveauBinome(vague, lieu, agence, conseiller.id(), facilitation.id(), Set.of(), null));

		suivi.cocher(conseiller.perimetre(), binome, FacteurDeSucces.CIBLAGE_COHERENT, true);
		suivi.cocher(facilitation.perimetre(), binome, FacteurDeSucces.CIBLAGE_COHERENT, true);
		suivi.cocher(facilitation.perimetre(), binome, FacteurDeSucces.CAPITALISATION, true);
		suivi.cocher(facilitation.perimetre(), binome, FacteurDeSucces.CAPITALISATION, false);
		assertThatThrownBy(
				() -> suivi.cocher(coordination.perimetre(), binome, FacteurDeSucces.TIERS_FACILITATEUR, true))
			.isInstanceOf(AccesRefuseException.class);

		Map<FacteurDeSucces, SuiviDuBinome.FacteurCoche> facteurs = suivi.page(coordination.perimetre(), binome)
			.facteurs();
		assertThat(facteurs.get(FacteurDeSucces.CIBLAGE_COHERENT).agence().par()).isEqualTo(conseiller.identifiant());
		assertThat(facteurs.get(FacteurDeSucces.CIBLAGE_COHERENT).tiersLieu().par())
			.isEqualTo(facilitation.identifiant());
		assertThat(facteurs.values()).filteredOn(f -> f.agence() != null || f.tiersLieu() != null)
			.extracting(SuiviDuBinome.FacteurCoche::facteur)
			.containsExactly(FacteurDeSucces.CIBLAGE_COHERENT);
	}

	private Long lieu(String nom, double latitude, double longitude) {
		return annuaire.creerTiersLieu(nom + " " + Unique.numero(),
				new Adresse(null, null, "Commune", null, BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude)),
				region.departement(), TiersLieuRole.EXPERIMENTATEUR, Set.of(TiersLieuTypologie.FABLAB), null);
	}

	private Long agence(String nom, double latitude, double longitude) {
		return annuaire.creerAgence("Q" + Unique.numero(), nom, AgenceType.AGENCE_LOCALE,
				new Adresse(null, null, "Commune", null, BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude)),
				region.departement(), null);
	}

}
