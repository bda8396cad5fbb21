package fr.tierslieux.inclusion.binome;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.binome.FicheService.Fiche;
import fr.tierslieux.inclusion.binome.FicheService.Reponse;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fiche ping-pong: each side writes in turn, hands over, and every answer stays in
 * the history with its author and time.
 */
@CoreTest
@Transactional
class FichePingPongTest {

	@Autowired
	FicheService fiches;

	@Autowired
	BinomeKit binomeKit;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	TerritoireKit territoire;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	Long binome;

	Connecte conseiller;

	Connecte facilitation;

	@BeforeEach
	void unBinome() {
		horloge.regler(CoreTestApplication.DEPART);
		RegionDeTest region = territoire.region();
		Long agence = annuaire.agence(region.departement());
		Long lieu = annuaire.tiersLieu("Lieu", region.departement());
		binome = binomeKit.binome(region.code(), agence, lieu);
		conseiller = comptes.conseiller(agence);
		facilitation = comptes.facilitateur(lieu);
	}

	@AfterEach
	void horlogeAuDepart() {
		horloge.regler(CoreTestApplication.DEPART);
	}

	@Test
	void the_agence_writes_then_hands_over_and_the_tiers_lieu_answers_in_turn() {
		Fiche vide = fiches.fiche(conseiller.perimetre(), binome);
		assertThat(vide.tour()).isEqualTo(Cote.AGENCE);
		assertThat(vide.modifiable()).isTrue();
		assertThat(fiches.fiche(facilitation.perimetre(), binome).modifiable()).isFalse();
		assertThatThrownBy(() -> fiches.ecrire(facilitation.perimetre(), binome, vide.etat(),
				Map.of(QuestionFiche.PUBLICS, "Hors tour"), false))
			.isInstanceOf(ConflitException.class)
			.hasMessage("conflit.pasVotreTour");

		fiches.ecrire(conseiller.perimetre(), binome, vide.etat(), Map.of(QuestionFiche.PUBLICS, "Des seniors"), false);
		horloge.avancer(Duration.ofHours(2));
		long etat = fiches.fiche(conseiller.perimetre(), binome).etat();
		assertThatThrownBy(() -> fiches.ecrire(conseiller.perimetre(), binome, vide.etat(),
				Map.of(QuestionFiche.PUBLICS, "Sur une page périmée"), false))
			.isInstanceOf(ConflitException.class)
			.hasMessage("conflit.modificationConcurrente");
		fiches.ecrire(conseiller.perimetre(), binome, etat,
				Map.of(QuestionFiche.PUBLICS, "Des seniors peu équipés", QuestionFiche.DIAGNOSTIC, "Oui, avec Pix"),
				true);

		Fiche passee = fiches.fiche(facilitation.perimetre(), binome);
		assertThat(passee.tour()).isEqualTo(Cote.TIERS_LIEU);
		assertThat(passee.modifiable()).isTrue();
		assertThat(passee.envois()).extracting(FicheService.Envoi::de).containsExactly(Cote.AGENCE);
		FicheService.QuestionRepondue publics = passee.questions().get(0);
		assertThat(publics.agence().texte()).isEqualTo("Des seniors peu équipés");
		assertThat(publics.agence().auteur()).isEqualTo(conseiller.identifiant());
		assertThat(publics.agence().ecriteLe()).isEqualTo(CoreTestApplication.DEPART.plus(Duration.ofHours(2)));
		assertThat(publics.historique()).extracting(Reponse::texte)
			.containsExactly("Des seniors peu équipés", "Des seniors");
		assertThat(publics.tiersLieu()).isNull();

		fiches.ecrire(facilitation.perimetre(), binome, passee.etat(),
				Map.of(QuestionFiche.PUBLICS, "Et des jeunes sans solution"), true);
		assertThat(fiches.fiche(conseiller.perimetre(), binome).questions().get(0).complete()).isTrue();
		assertThat(fiches.complete(binome)).isFalse();
		assertThat(fiches.manquantes(binome).get(Cote.AGENCE)).hasSize(QuestionFiche.values().length - 2);
	}

	@Test
	void only_the_referents_sides_write_and_nobody_outside_reads() {
		Fiche fiche = fiches.fiche(comptes.admin().perimetre(), binome);
		assertThat(fiche.moi()).isNull();
		assertThatThrownBy(() -> fiches.ecrire(comptes.admin().perimetre(), binome, fiche.etat(),
				Map.of(QuestionFiche.PUBLICS, "x"), true))
			.isInstanceOf(AccesRefuseException.class);
		Connecte ailleurs = comptes.conseiller(annuaire.agence(territoire.region().departement()));
		assertThatThrownBy(() -> fiches.fiche(ailleurs.perimetre(), binome)).isInstanceOf(IntrouvableException.class);
	}

}
