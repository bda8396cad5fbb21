package fr.tierslieux.inclusion.beneficiaire;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.beneficiaire.RessourcesRemises.NouvelleRessource;
import fr.tierslieux.inclusion.beneficiaire.RessourcesRemises.Ressource;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * APTIC cheques and other resources handed to a person: who records them, what is
 * refused.
 */
@CoreTest
@Transactional
class RessourcesRemisesTest {

	static final LocalDate LE = LocalDate.of(2026, 1, 12);

	@Autowired
	RessourcesRemises ressources;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	ParcoursEnCours enCours;

	Long personne;

	String cheque;

	@BeforeEach
	void unePersonneEnParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Remise" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
		cheque = "APT-" + Unique.numero() + "-X";
	}

	@Test
	void the_agence_and_the_tiers_lieu_record_what_they_hand_over_and_a_cheque_once() {
		ressources.remettre(enCours.conseiller().perimetre(), personne, new NouvelleRessource(
				GenreRessource.CHEQUE_APTIC, cheque.toLowerCase(), new BigDecimal("10.00"), null, LE));
		ressources.remettre(enCours.facilitateur().perimetre(), personne,
				new NouvelleRessource(GenreRessource.AUTRE, null, null, "Clé USB de 32 Go", LE.plusDays(1)));

		assertThat(ressources.ressources(personne))
			.extracting(Ressource::genre, Ressource::numero, Ressource::remisePar)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(GenreRessource.CHEQUE_APTIC, cheque,
							enCours.conseiller().identifiant()),
					org.assertj.core.groups.Tuple.tuple(GenreRessource.AUTRE, null,
							enCours.facilitateur().identifiant()));
		assertThatThrownBy(() -> ressources.remettre(enCours.conseiller().perimetre(), personne,
				new NouvelleRessource(GenreRessource.CHEQUE_APTIC, cheque, new BigDecimal("10"), null, LE)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> {
				assertThat(e.champ()).isEqualTo("numero");
				assertThat(e.codeMessage()).isEqualTo("ressource.chequeDejaRemis");
			});
	}

	@Test
	void a_cheque_without_number_an_unnamed_other_a_future_date_or_someone_elses_person_is_refused() {
		assertThatThrownBy(() -> ressources.remettre(enCours.conseiller().perimetre(), personne,
				new NouvelleRessource(GenreRessource.CHEQUE_APTIC, " ", null, null, LE)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("numero"));
		assertThatThrownBy(() -> ressources.remettre(enCours.conseiller().perimetre(), personne,
				new NouvelleRessource(GenreRessource.AUTRE, null, null, "", LE)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("libelle"));
		assertThatThrownBy(() -> ressources.remettre(enCours.conseiller().perimetre(), personne,
				new NouvelleRessource(GenreRessource.MATERIEL, null, null, null, LocalDate.of(2099, 1, 1))))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("remiseLe"));
		assertThatThrownBy(() -> ressources.remettre(
				comptes.conseiller(annuaire.agence(enCours.region().departement())).perimetre(), personne,
				new NouvelleRessource(GenreRessource.MATERIEL, null, null, null, LE)))
			.isInstanceOf(IntrouvableException.class);
		assertThat(ressources.ressources(personne)).isEmpty();
	}

}
