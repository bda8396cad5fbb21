package fr.tierslieux.inclusion.beneficiaire;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.beneficiaire.BonsDOrientation.Bon;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The voucher flow: made by the counsellor with no personal data, used once by the
 * tiers-lieu of its parcours, which records the person and the referral then.
 */
@CoreTest
@Transactional
class BonsDOrientationTest {

	@Autowired
	BonsDOrientation bons;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	ParcoursEnCours enCours;

	Connecte conseiller;

	Connecte facilitation;

	@BeforeEach
	void unParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		conseiller = enCours.conseiller();
		facilitation = enCours.facilitateur();
	}

	@Test
	void the_tiers_lieu_registers_the_person_with_the_code_once_and_the_referral_is_the_counsellors() {
		Bon bon = bons.creer(conseiller.perimetre(), conseiller.id(), enCours.parcours().id());
		assertThat(bon.code()).matches("[A-HJKMNP-Z2-9]{8}");
		assertThat(bon.valableJusquAu())
			.isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusMonths(2));
		assertThat(jdbc.sql("select count(*) from beneficiaire where agence_id = ?")
			.param(enCours.agence())
			.query(Long.class)
			.single()).as("aucune personne avant l'accueil").isZero();

		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), enCours.region().departement()));
		assertThatThrownBy(() -> bons.aAccueillir(ailleurs.perimetre(), bon.code()))
			.isInstanceOf(SaisieRefuseeException.class);
		String tape = " " + bon.codeLisible().toLowerCase() + " ";
		assertThat(bons.aAccueillir(facilitation.perimetre(), tape).id()).isEqualTo(bon.id());

		Long personne = bons.accueillir(facilitation.perimetre(), tape,
				OrientationDUnePersonneTest.personne("Venue" + Unique.numero(), "Lina", null, null, "0611223344"));

		assertThat(jdbc.sql("""
				select b.agence_id || '|' || b.conseiller_id || '|' || o.statut || '|' || o.orientee_par_id
				from beneficiaire b join orientation o on o.beneficiaire_id = b.id where b.id = ?""")
			.param(personne)
			.query(String.class)
			.single()).isEqualTo(enCours.agence() + "|" + conseiller.id() + "|ACCEPTEE|" + conseiller.id());
		assertThat(bons.bon(conseiller.perimetre(), bon.id()).utilise()).isTrue();
		assertThatThrownBy(() -> bons.aAccueillir(facilitation.perimetre(), bon.code()))
			.as("un bon ne sert qu'une fois")
			.isInstanceOf(SaisieRefuseeException.class);
	}

	@Test
	void a_full_parcours_puts_the_person_on_the_waitlist_and_only_counsellors_make_vouchers() {
		jdbc.sql("update parcours set capacite = 1 where id = ?").param(enCours.parcours().id()).update();
		bons.accueillir(facilitation.perimetre(),
				bons.creer(conseiller.perimetre(), conseiller.id(), enCours.parcours().id()).code(),
				OrientationDUnePersonneTest.personne("Premiere" + Unique.numero(), "Lina", null, "a@exemple.invalid",
						null));
		Long seconde = bons.accueillir(facilitation.perimetre(),
				bons.creer(conseiller.perimetre(), conseiller.id(), enCours.parcours().id()).code(),
				OrientationDUnePersonneTest.personne("Seconde" + Unique.numero(), "Léa", null, "b@exemple.invalid",
						null));
		assertThat(jdbc.sql("select statut from orientation where beneficiaire_id = ?")
			.param(seconde)
			.query(String.class)
			.single()).isEqualTo("EN_LISTE_ATTENTE");

		assertThatThrownBy(() -> bons.creer(facilitation.perimetre(), facilitation.id(), enCours.parcours().id()))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(
				() -> bons.bon(comptes.conseiller(annuaire.agence(enCours.region().departement())).perimetre(),
						bons.creer(conseiller.perimetre(), conseiller.id(), enCours.parcours().id()).id()))
			.as("le bon d'une autre agence")
			.isInstanceOf(fr.tierslieux.inclusion.commun.IntrouvableException.class);
	}

}
