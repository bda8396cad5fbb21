package fr.tierslieux.inclusion.beneficiaire;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord.Entree;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord.Texte;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The carnet de bord: written after a session by those who follow the person, or by the
 * person through a personal link that only its holder can use, one link at a time.
 */
@CoreTest
@Transactional
class CarnetDeBordTest {

	@Autowired
	CarnetDeBord carnet;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BinomeKit binomes;

	ParcoursEnCours enCours;

	Long personne;

	@BeforeEach
	void unePersonneEnParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(), enCours.facilitateur().perimetre(),
				"Carnet" + Unique.numero(), null, enCours.parcours().id(), OrientationStatut.EN_PARCOURS);
	}

	@Test
	void the_tiers_lieu_writes_after_one_of_the_persons_sessions_and_only_there() {
		Long seance = enCours.parcours().ateliers().get(0);
		carnet.ecrire(enCours.facilitateur().perimetre(), personne, seance,
				new Texte("Envoyer un courriel avec une pièce jointe", null, "Faire un CV en ligne"));

		assertThat(carnet.entrees(enCours.conseiller().perimetre(), personne)).singleElement().satisfies(e -> {
			assertThat(e.acquis()).isEqualTo("Envoyer un courriel avec une pièce jointe");
			assertThat(e.blocages()).isNull();
			assertThat(e.ecritPar()).isEqualTo(enCours.facilitateur().identifiant());
			assertThat(e.seance()).isEqualTo(enCours.parcours().intitule() + " — séance 1");
		});
		Long ailleurs = parcoursKit.parcours(enCours.binome(), "Autre", 1).ateliers().get(0);
		assertThatThrownBy(
				() -> carnet.ecrire(enCours.facilitateur().perimetre(), personne, ailleurs, new Texte("x", null, null)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("atelier"));
		assertThatThrownBy(() -> carnet.ecrire(enCours.conseiller().perimetre(), personne,
				enCours.parcours().ateliers().get(0), new Texte(" ", "\n", null)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("carnet.vide"));
		assertThatThrownBy(
				() -> carnet.ecrire(comptes.conseiller(annuaire.agence(enCours.region().departement())).perimetre(),
						personne, null, new Texte("x", null, null)))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void each_tiers_lieu_reads_the_persons_own_entries_and_its_own_never_another_ones() {
		Long lieu2 = annuaire.tiersLieu("Second " + Unique.numero(), enCours.region().departement());
		Connecte facilitation2 = comptes.facilitateur(lieu2);
		Long seance2 = parcoursKit
			.parcours(binomes.binome(enCours.region().code(), enCours.agence(), lieu2), "Second", 1)
			.ateliers()
			.get(0);
		beneficiaires.orienter(personne,
				jdbc.sql("select parcours_id from atelier where id = ?").param(seance2).query(Long.class).single());
		carnet.ecrire(enCours.facilitateur().perimetre(), personne, enCours.parcours().ateliers().get(0),
				new Texte("Un", null, null));
		carnet.ecrire(facilitation2.perimetre(), personne, seance2, new Texte("Deux", null, null));
		carnet.ecrireParLaPersonne(carnet.nouveauLien(enCours.conseiller().perimetre(), personne).jeton(),
				new Texte("Moi", null, null));

		assertThat(carnet.entrees(enCours.facilitateur().perimetre(), personne)).extracting(Entree::acquis)
			.containsExactly("Moi", "Un");
		assertThat(carnet.entrees(facilitation2.perimetre(), personne)).extracting(Entree::acquis)
			.containsExactly("Moi", "Deux");
		assertThat(carnet.entrees(enCours.conseiller().perimetre(), personne)).extracting(Entree::acquis)
			.containsExactly("Moi", "Deux", "Un");
		assertThat(carnet.seances(facilitation2.perimetre(), personne)).extracting(CarnetDeBord.SeanceSuivie::id)
			.containsExactly(seance2);
		assertThatThrownBy(() -> carnet.ecrire(facilitation2.perimetre(), personne,
				enCours.parcours().ateliers().get(0), new Texte("x", null, null)))
			.isInstanceOf(SaisieRefuseeException.class);
	}

	@Test
	void the_person_writes_through_their_link_which_a_new_one_or_time_revokes() {
		CarnetDeBord.LienPersonnel lien = carnet.nouveauLien(enCours.conseiller().perimetre(), personne);
		assertThat(carnet.prenomDuLien(lien.jeton())).contains("Alex");
		assertThat(jdbc.sql("select empreinte from lien_carnet where beneficiaire_id = ?")
			.param(personne)
			.query(String.class)
			.single()).as("seule l'empreinte est gardée").hasSize(64).isNotEqualTo(lien.jeton());

		carnet.ecrireParLaPersonne(lien.jeton(), new Texte(null, "Le clavier va trop vite", null));
		assertThat(carnet.entrees(enCours.conseiller().perimetre(), personne))
			.extracting(Entree::parLaPersonne, Entree::blocages)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, "Le clavier va trop vite"));

		assertThat(lien.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(carnet.prenomDuLien(lien.code().toLowerCase().replace("-", " "))).as("le code, tapé au téléphone")
			.contains("Alex");

		CarnetDeBord.LienPersonnel nouveau = carnet.nouveauLien(enCours.facilitateur().perimetre(), personne);
		assertThat(carnet.prenomDuLien(lien.jeton())).as("l'ancien lien").isEmpty();
		assertThat(carnet.prenomDuLien(lien.code())).as("l'ancien code").isEmpty();
		assertThat(carnet.prenomDuLien(nouveau.code())).contains("Alex");
		assertThatThrownBy(() -> carnet.ecrireParLaPersonne(lien.jeton(), new Texte("x", null, null)))
			.isInstanceOf(IntrouvableException.class);
		jdbc.sql("update lien_carnet set expire_le = cree_le - interval '1 second' where beneficiaire_id = ?")
			.param(personne)
			.update();
		assertThat(carnet.prenomDuLien(nouveau.jeton())).as("expiré").isEmpty();
		assertThat(carnet.prenomDuLien("pas-un-jeton")).isEmpty();
	}

}
