package fr.tierslieux.inclusion.administration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.administration.JournalDesChangements.Changement;
import fr.tierslieux.inclusion.administration.NoticesDInformation.NouvelleNotice;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.beneficiaire.OrientationDUnePersonne;
import fr.tierslieux.inclusion.beneficiaire.PersonneAOrienter;
import fr.tierslieux.inclusion.beneficiaire.ProfilBeneficiaire;
import fr.tierslieux.inclusion.budget.Conventions;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.export.ExportsDActivite;
import fr.tierslieux.inclusion.kit.AvecDeuxRegions;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.VagueService;
import fr.tierslieux.inclusion.parcours.VagueService.NouvelleVague;
import fr.tierslieux.inclusion.pilotage.Cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the admins keep: settings within bounds that the services read at once, the
 * reasons offered, the notice's versions that consents must match, and the journal that
 * notes every change, including those made on the accounts and vagues pages. Nobody but
 * an admin changes them.
 */
@CoreTest
@Transactional
class AdministrationTest extends AvecDeuxRegions {

	@Autowired
	Parametres parametres;

	@Autowired
	CatalogueDesMotifs motifs;

	@Autowired
	NoticesDInformation notices;

	@Autowired
	JournalDesChangements journal;

	@Autowired
	Cockpit cockpit;

	@Autowired
	Conventions conventions;

	@Autowired
	ExportsDActivite exports;

	@Autowired
	VagueService vagues;

	@Autowired
	fr.tierslieux.inclusion.compte.GestionDesComptes gestion;

	@Autowired
	OrientationDUnePersonne orientation;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	/**
	 * The values this test set are rolled back: the other tests must not read them kept.
	 */
	@AfterEach
	void valeursGardeesOubliees() {
		parametres.oublier();
	}

	@Test
	void a_setting_is_checked_against_its_bounds_read_at_once_by_its_service_and_noted() {
		Perimetre admin = s.admin().perimetre();
		Parametres.Valeur avant = parametres.tous().get(Parametre.COCKPIT_JOURS_SANS_ACTIVITE);
		assertThat(avant.regle()).isFalse();
		assertThat(cockpit.joursSansActivite()).isEqualTo(avant.valeur());

		assertThatThrownBy(() -> parametres.modifier(admin, Parametre.COCKPIT_JOURS_SANS_ACTIVITE, 0, 0))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("valeur"));
		assertThatThrownBy(
				() -> parametres.modifier(s.coordinationR1().perimetre(), Parametre.COCKPIT_JOURS_SANS_ACTIVITE, 0, 10))
			.isInstanceOf(AccesRefuseException.class);

		parametres.modifier(admin, Parametre.COCKPIT_JOURS_SANS_ACTIVITE, 0, 12);
		parametres.modifier(admin, Parametre.CONVENTIONS_JOURS_AVANT_ECHEANCE, 0, 45);
		parametres.modifier(admin, Parametre.EXPORTS_SEUIL_LIGNES, 0, 3);
		assertThat(cockpit.joursSansActivite()).isEqualTo(12);
		assertThat(conventions.joursAvantEcheance()).isEqualTo(45);
		assertThat(exports.enArrierePlan(3)).isFalse();
		assertThat(exports.enArrierePlan(4)).isTrue();
		assertThatThrownBy(() -> parametres.modifier(admin, Parametre.COCKPIT_JOURS_SANS_ACTIVITE, 0, 20))
			.as("une valeur lue avant le changement")
			.isInstanceOf(ConflitException.class);

		assertThat(changements(ObjetAdministre.PARAMETRE, "COCKPIT_JOURS_SANS_ACTIVITE"))
			.extracting(Changement::auteur, Changement::action, Changement::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(s.admin().identifiant(), "MODIFICATION",
					avant.valeur() + " → 12"));
	}

	@Test
	void reasons_are_added_renamed_and_withdrawn_but_never_deleted() {
		Perimetre admin = s.admin().perimetre();
		String libelle = "Hors du territoire " + Unique.numero();
		Long id = motifs.ajouter(admin, GenreMotif.REFUS, libelle);
		List<String> proposes = motifs.proposes(GenreMotif.REFUS);
		assertThat(proposes).endsWith(libelle);
		assertThat(motifs.proposes(GenreMotif.ABANDON)).doesNotContain(libelle);
		assertThatThrownBy(() -> motifs.ajouter(admin, GenreMotif.REFUS, "  " + libelle + " "))
			.isInstanceOf(SaisieRefuseeException.class);
		assertThatThrownBy(() -> motifs.ajouter(s.coordinationR1().perimetre(), GenreMotif.ABANDON, "Autre"))
			.isInstanceOf(AccesRefuseException.class);

		motifs.modifier(admin, id, 0, libelle + " (hors région)", false);
		assertThat(motifs.proposes(GenreMotif.REFUS)).doesNotContain(libelle, libelle + " (hors région)")
			.hasSize(proposes.size() - 1);
		assertThat(motifs.tous(admin)).filteredOn(m -> m.id().equals(id))
			.extracting(CatalogueDesMotifs.Motif::actif)
			.containsExactly(false);
		assertThatThrownBy(() -> motifs.modifier(admin, id, 0, libelle, true)).isInstanceOf(ConflitException.class);
		assertThat(journal.page(admin, ObjetAdministre.MOTIF, 0).changements())
			.filteredOn(c -> c.reference().contains(libelle))
			.extracting(Changement::action)
			.containsExactly("RETRAIT_DE_LA_LISTE", "AJOUT");
	}

	@Test
	void a_new_notice_is_in_force_at_once_and_a_consent_to_the_old_one_is_refused() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		String ancienne = notices.enVigueur().version();
		String nouvelle = "v" + Unique.numero();
		assertThatThrownBy(() -> notices.publier(s.coordinationR1().perimetre(), notice(nouvelle)))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> notices.publier(s.admin().perimetre(), notice(ancienne)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("version"));
		assertThatThrownBy(
				() -> notices.publier(s.admin().perimetre(), new NouvelleNotice("v2", "a", "b", "c", " ", "e")))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("combien"));

		notices.publier(s.admin().perimetre(), notice(nouvelle));
		assertThat(notices.enVigueur().version()).isEqualTo(nouvelle);
		assertThat(notices.enVigueur().quoi()).isEqualTo("Ce que nous notons, version " + nouvelle);
		assertThat(notices.version(ancienne)).isPresent();

		assertThatThrownBy(() -> orientation.orienterNouvelle(enCours.conseiller().perimetre(),
				enCours.conseiller().id(), enCours.parcours().id(), personne(ancienne), false))
			.as("la personne a lu l'ancienne notice")
			.isInstanceOf(ConflitException.class);
		Long orientee = orientation.orienterNouvelle(enCours.conseiller().perimetre(), enCours.conseiller().id(),
				enCours.parcours().id(), personne(nouvelle), false);
		assertThat(orientee).isNotNull();
		assertThat(changements(ObjetAdministre.NOTICE, nouvelle)).extracting(Changement::action)
			.containsExactly("PUBLICATION");
	}

	@Test
	void changes_made_on_the_accounts_and_vagues_pages_are_noted_and_only_admins_read_them() {
		Perimetre admin = s.admin().perimetre();
		gestion.changerActif(admin, s.conseillerA1().id(), 0, false);
		String nom = "Vague notée " + Unique.numero();
		vagues.ouvrir(s.coordinationR1().perimetre(), new NouvelleVague(nom, s.r1().code(), LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 6, 30), new BigDecimal("80000"), VagueService.tarifsDuGuide()));
		assertThat(changements(ObjetAdministre.COMPTE, s.conseillerA1().identifiant()))
			.extracting(Changement::action, Changement::auteur)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DESACTIVATION", s.admin().identifiant()));
		assertThat(changements(ObjetAdministre.VAGUE, nom)).extracting(Changement::action, Changement::auteur)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OUVERTURE", s.coordinationR1().identifiant()));
		for (Perimetre autre : List.of(s.coordinationR1().perimetre(), s.piloteR2().perimetre(),
				s.conseillerA2().perimetre(), s.facilitateurT1().perimetre())) {
			assertThatThrownBy(() -> journal.page(autre, null, 0)).isInstanceOf(AccesRefuseException.class);
		}
		assertThat(gestion.comptes(admin, s.conseillerA1().identifiant(), Curseur.debut()).lignes())
			.extracting(l -> l.actif())
			.containsExactly(false);
	}

	private List<Changement> changements(ObjetAdministre objet, String reference) {
		return journal.page(s.admin().perimetre(), objet, 0)
			.changements()
			.stream()
			.filter(c -> c.reference().equals(reference))
			.toList();
	}

	private static NouvelleNotice notice(String version) {
		return new NouvelleNotice(version, "Ce que nous notons, version " + version, "Pourquoi", "Qui le voit",
				"Combien de temps", "Vos droits");
	}

	private static PersonneAOrienter personne(String notice) {
		return new PersonneAOrienter("Notice" + Unique.numero(), "Inès", null, "ines@exemple.invalid", null, null,
				ProfilBeneficiaire.INTERMEDIAIRE, false, null, null, LocalDate.of(2026, 1, 5), notice);
	}

}
