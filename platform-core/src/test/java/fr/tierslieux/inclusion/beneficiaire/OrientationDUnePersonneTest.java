package fr.tierslieux.inclusion.beneficiaire;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
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
 * A counsellor refers a person: what is recorded, who may, what is refused, and a person
 * who looks like one already known (here or in another agence) never created silently.
 */
@CoreTest
@Transactional
class OrientationDUnePersonneTest {

	/** The notice version in force in a database the migrations just created (V35). */
	static final String NOTICE_DE_LA_MIGRATION = "2026-12";

	@Autowired
	fr.tierslieux.inclusion.administration.NoticesDInformation notices;

	@Autowired
	OrientationDUnePersonne orientation;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Connecte conseiller;

	String nom;

	@BeforeEach
	void unParcours() {
		enCours = parcoursEnCours.parcoursEnCours();
		conseiller = enCours.conseiller();
		nom = "Quenardel" + Unique.numero();
	}

	@Test
	void the_counsellor_refers_a_new_person_with_their_consent_and_diagnostic() {
		Long personne = orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(), enCours.parcours().id(),
				personne(nom, "Inès", 1988, "ines@exemple.invalid", null), false);

		assertThat(jdbc.sql("""
				select nom || '|' || prenom || '|' || annee_naissance || '|' || email || '|' || identifiant_ft || '|'
				       || diagnostic_outil || '|' || diagnostic_resultat || '|' || version_notice || '|' || agence_id
				from beneficiaire where id = ?""").param(personne).query(String.class).single())
			.isEqualTo(nom + "|Inès|1988|ines@exemple.invalid|1234567A|PIX|Niveau 2|" + notices.enVigueur().version()
					+ "|" + enCours.agence());
		assertThat(jdbc.sql("select statut || '|' || orientee_par_id from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(String.class)
			.list()).containsExactly("PROPOSEE|" + conseiller.id());
	}

	@Test
	void only_a_counsellor_of_the_binome_refers() {
		assertThatThrownBy(() -> orientation.parcours(enCours.facilitateur().perimetre(), enCours.parcours().id()))
			.isInstanceOf(AccesRefuseException.class);
		Connecte ailleurs = comptes.conseiller(annuaire.agence(enCours.region().departement()));
		assertThatThrownBy(() -> orientation.orienterNouvelle(ailleurs.perimetre(), ailleurs.id(),
				enCours.parcours().id(), personne(nom, "Inès", null, "ines@exemple.invalid", null), false))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void someone_who_looks_known_is_shown_and_created_only_once_the_counsellor_says_it_is_another() {
		Long connue = orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(), enCours.parcours().id(),
				personne(nom, "Inès", 1988, "ines@exemple.invalid", null), false);
		Connecte autreAgence = comptes.conseiller(annuaire.agence(enCours.region().departement()));
		Long ailleurs = jdbc.sql("""
				insert into beneficiaire (agence_id, nom, prenom, telephone, profil, date_consentement)
				values (?, 'Martin', 'Paul', '0612345678', 'INITIE', '2026-01-05') returning id""")
			.param(autreAgence.perimetre().agences().iterator().next())
			.query(Long.class)
			.single();

		// a close spelling, the same year: the agence's own person, named
		assertThatThrownBy(() -> orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), personne(nom + "e", "Ines", 1988, "autre@exemple.invalid", null), false))
			.isInstanceOfSatisfying(DoublonPossibleException.class, e -> assertThat(e.ressemblances())
				.containsExactly(new Ressemblance(connue, "Inès", nom, 1988, annuaireNom(enCours.agence()))));
		// the same telephone in another agence: that agence only, no name
		assertThatThrownBy(() -> orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), personne("Tout" + nom, "Autre", null, null, "06 12 34 56 78"), false))
			.isInstanceOfSatisfying(DoublonPossibleException.class,
					e -> assertThat(e.ressemblances()).containsExactly(new Ressemblance(null, null, null, null,
							annuaireNom(autreAgence.perimetre().agences().iterator().next()))));
		// born another year: someone else
		assertThat(orientation.ressemblances(conseiller.perimetre(),
				personne(nom, "Inès", 1970, "x@exemple.invalid", null)))
			.isEmpty();

		Long nouvelle = orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(), enCours.parcours().id(),
				personne("Tout" + nom, "Autre", null, null, "06 12 34 56 78"), true);
		assertThat(nouvelle).isNotIn(connue, ailleurs);

		assertThatThrownBy(() -> orientation.orienterConnue(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), connue))
			.isInstanceOfSatisfying(ConflitException.class,
					e -> assertThat(e.codeMessage()).isEqualTo("conflit.dejaOrientee"));
		assertThatThrownBy(() -> orientation.orienterConnue(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), ailleurs))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void a_referral_without_contact_with_a_wrong_identifier_a_future_consent_or_an_old_notice_is_refused() {
		assertThatThrownBy(() -> orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), personne(nom, "Inès", null, " ", ""), false))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("email"));
		PersonneAOrienter p = personne(nom, "Inès", null, "ines@exemple.invalid", null);
		assertThatThrownBy(() -> orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), avec(p, "12AB", p.dateConsentement(), p.versionNotice()), false))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.champ()).isEqualTo("identifiantFt"));
		assertThatThrownBy(() -> orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), avec(p, null, LocalDate.of(2099, 1, 1), p.versionNotice()), false))
			.isInstanceOfSatisfying(SaisieRefuseeException.class,
					e -> assertThat(e.champ()).isEqualTo("dateConsentement"));
		assertThatThrownBy(() -> orientation.orienterNouvelle(conseiller.perimetre(), conseiller.id(),
				enCours.parcours().id(), avec(p, null, p.dateConsentement(), "2020-01"), false))
			.isInstanceOf(ConflitException.class);
		assertThat(jdbc.sql("select count(*) from beneficiaire where nom = ?").param(nom).query(Long.class).single())
			.isZero();
	}

	String annuaireNom(Long agence) {
		return jdbc.sql("select nom from agence where id = ?").param(agence).query(String.class).single();
	}

	static PersonneAOrienter personne(String nom, String prenom, Integer annee, String email, String telephone) {
		return new PersonneAOrienter(nom, prenom, annee, email, telephone, "1234567a", ProfilBeneficiaire.INTERMEDIAIRE,
				false, OutilDiagnostic.PIX, "Niveau 2", LocalDate.of(2026, 1, 5), NOTICE_DE_LA_MIGRATION);
	}

	static PersonneAOrienter avec(PersonneAOrienter p, String identifiant, LocalDate consentement, String notice) {
		return new PersonneAOrienter(p.nom(), p.prenom(), p.anneeNaissance(), p.email(), p.telephone(), identifiant,
				p.profil(), p.avecPrerequis(), p.diagnosticOutil(), p.diagnosticResultat(), consentement, notice);
	}

}
