package fr.tierslieux.inclusion.droits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.CoreTestApplication;
import fr.tierslieux.inclusion.beneficiaire.BeneficiaireService;
import fr.tierslieux.inclusion.beneficiaire.Identite;
import fr.tierslieux.inclusion.beneficiaire.OrientationService;
import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.HorlogeDeTest;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.PresenceKit;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.presence.PresenceStatut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A person's rights through their agence: everything held handed over, a correction that
 * says which fields, an erasure or a withdrawal that closes the referrals, frees the seat
 * and leaves only figures; each act in the audit trail, and nobody else may act.
 */
@CoreTest
@Transactional
class DroitsDesPersonnesTest {

	@Autowired
	DroitsDesPersonnes droits;

	@Autowired
	BeneficiaireService beneficiaires;

	@Autowired
	BeneficiaireKit kit;

	@Autowired
	OrientationService orientations;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	PresenceKit presences;

	@Autowired
	CompteKit comptes;

	@Autowired
	HorlogeDeTest horloge;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	Long personne;

	String nom;

	@BeforeEach
	void unePersonneEnParcours() {
		horloge.regler(CoreTestApplication.DEPART);
		enCours = parcoursEnCours.parcoursEnCours();
		nom = "Droits" + Unique.numero();
		personne = kit.oriente(enCours, nom, nom.toLowerCase() + "@exemple.fr", OrientationStatut.EN_PARCOURS);
		presences.emarger(enCours.parcours().ateliers().get(0), personne, PresenceStatut.PRESENT);
		jdbc.sql("""
				insert into carnet_entree (beneficiaire_id, acquis, blocages, ecrit_par, ecrit_le)
				values (?, 'Sait joindre un CV', 'Le clavier', null, '2026-03-02T10:00:00Z')""")
			.param(personne)
			.update();
		jdbc.sql("""
				insert into message_navette (binome_id, beneficiaire_id, auteur_id, cote, texte, envoye_le)
				values (?, ?, ?, 'AGENCE', 'Elle viendra en retard mardi', '2026-03-03T10:00:00Z')""")
			.params(enCours.binome(), personne, enCours.conseiller().id())
			.update();
	}

	@Test
	void the_agence_hands_over_everything_held_on_the_person_and_the_trail_says_so() {
		DonneesPersonnelles donnees = droits.donnees(enCours.conseiller().perimetre(), personne);

		assertThat(donnees.personne().nom()).isEqualTo(nom);
		assertThat(donnees.personne().email()).isEqualTo(nom.toLowerCase() + "@exemple.fr");
		assertThat(donnees.personne().anonymiseeLe()).isEqualTo(LocalDate.of(2028, 3, 2));
		assertThat(donnees.orientations()).singleElement().satisfies(o -> {
			assertThat(o.statut()).isEqualTo("EN_PARCOURS");
			assertThat(o.etapes()).extracting(DonneesPersonnelles.Etape::vers)
				.containsExactly("PROPOSEE", "ACCEPTEE", "EN_PARCOURS");
		});
		assertThat(donnees.presences()).extracting(DonneesPersonnelles.Presence::statut).containsExactly("PRESENT");
		assertThat(donnees.carnet())
			.extracting(DonneesPersonnelles.EcritDuCarnet::acquis, DonneesPersonnelles.EcritDuCarnet::parLaPersonne)
			.containsExactly(tuple("Sait joindre un CV", true));
		assertThat(donnees.messagesEntreStructures()).extracting(DonneesPersonnelles.Message::texte)
			.containsExactly("Elle viendra en retard mardi");
		assertThat(actions()).containsExactly(tuple("DROIT_ACCES", "DROITS", enCours.conseiller().identifiant()));

		assertThat(droits.donnees(comptes.admin().perimetre(), personne).personne().id()).isEqualTo(personne);
	}

	@Test
	void only_the_persons_agence_and_the_administration_act_on_their_rights() {
		assertThatThrownBy(() -> droits.donnees(enCours.facilitateur().perimetre(), personne))
			.as("le tiers-lieu envoie la personne à son agence")
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> droits.effacer(comptes.coordinateur(enCours.region().code()).perimetre(), personne,
				MotifEffacement.EFFACEMENT))
			.isInstanceOf(AccesRefuseException.class);
		assertThatThrownBy(() -> droits.effacer(comptes.pilote(enCours.region().code()).perimetre(), personne,
				MotifEffacement.EFFACEMENT))
			.isInstanceOf(AccesRefuseException.class);
		Long autreAgence = parcoursEnCours.parcoursEnCours().agence();
		assertThatThrownBy(() -> droits.rectifier(comptes.conseiller(autreAgence).perimetre(), personne, 0,
				new Identite("X", "Y", null, "x@exemple.fr", null, null)))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(
				() -> droits.effacer(comptes.conseiller(autreAgence).perimetre(), personne, MotifEffacement.EFFACEMENT))
			.isInstanceOf(IntrouvableException.class);
		assertThat(jdbc.sql("select nom from beneficiaire where id = ?").param(personne).query(String.class).single())
			.isEqualTo(nom);
	}

	@Test
	void a_correction_changes_the_record_and_the_trail_names_the_fields_not_their_values() {
		FicheDeDroits fiche = droits.fiche(enCours.conseiller().perimetre(), personne);
		horloge.regler(CoreTestApplication.DEPART.plusSeconds(30 * 86_400));

		assertThatThrownBy(() -> droits.rectifier(enCours.conseiller().perimetre(), personne, fiche.version(),
				new Identite(nom, "Alex", null, " ", "", null)))
			.isInstanceOfSatisfying(SaisieRefuseeException.class, e -> assertThat(e.champ()).isEqualTo("email"));
		droits.rectifier(enCours.conseiller().perimetre(), personne, fiche.version(),
				new Identite(nom, "Alexandra", 1990, "alexandra@exemple.fr", "06 12 34 56 78", null));

		FicheDeDroits corrigee = droits.fiche(enCours.conseiller().perimetre(), personne);
		assertThat(corrigee.identite())
			.isEqualTo(new Identite(nom, "Alexandra", 1990, "alexandra@exemple.fr", "0612345678", null));
		assertThat(corrigee.dernierContactLe()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(jdbc.sql("select detail from journal_audit where objet_id = ? and action = 'DROIT_RECTIFICATION'")
			.param(personne)
			.query(String.class)
			.list()).containsExactly("champs : prénom, année de naissance, e-mail, téléphone");
		assertThatThrownBy(() -> droits.rectifier(enCours.conseiller().perimetre(), personne, fiche.version(),
				new Identite(nom, "Alex", null, "a@exemple.fr", null, null)))
			.as("corrigée depuis")
			.isInstanceOf(ConflitException.class);
	}

	@Test
	void an_erasure_closes_the_referrals_frees_the_seat_and_leaves_only_figures() {
		jdbc.sql("update parcours set capacite = 2 where id = ?").param(enCours.parcours().id()).update();
		kit.oriente(enCours, "Deuxieme" + Unique.numero(), null, OrientationStatut.ACCEPTEE);
		Long enAttente = kit.oriente(enCours, "Attente" + Unique.numero(), null, null);
		Long sonOrientation = orientation(enAttente);
		orientations.changerStatut(enCours.facilitateur().perimetre(), sonOrientation, 0,
				OrientationStatut.EN_LISTE_ATTENTE, null);

		horloge.regler(Instant.parse("2026-01-12T09:00:00Z")); // the parcours is under
																// way
		droits.effacer(enCours.conseiller().perimetre(), personne, MotifEffacement.EFFACEMENT);

		assertThat(jdbc.sql("select nom, email, effacement_motif from beneficiaire where id = ?")
			.param(personne)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single()).isEqualTo(tuple("anonymisée", null, "EFFACEMENT"));
		assertThat(jdbc.sql("select statut from orientation where beneficiaire_id = ?")
			.param(personne)
			.query(String.class)
			.list()).containsExactly("ABANDON");
		assertThat(jdbc.sql("select statut from orientation where id = ?")
			.param(sonOrientation)
			.query(String.class)
			.single()).as("la place libérée revient à la liste d'attente").isEqualTo("ACCEPTEE");
		assertThat(compter("select count(*) from carnet_entree where beneficiaire_id = ?")).isZero();
		assertThat(compter("select count(*) from message_navette where beneficiaire_id = ?")).isZero();
		assertThat(compter("select count(*) from presence where beneficiaire_id = ?")).isOne();
		assertThat(actions()).containsExactly(tuple("LECTURE", "ACCOMPAGNEMENT", enCours.conseiller().identifiant()),
				tuple("DROIT_EFFACEMENT", "DROITS", enCours.conseiller().identifiant()));
		assertThatThrownBy(() -> droits.donnees(enCours.conseiller().perimetre(), personne))
			.isInstanceOf(IntrouvableException.class);
		assertThatThrownBy(() -> beneficiaires.fiche(enCours.facilitateur().perimetre(), personne))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void a_withdrawn_consent_is_recorded_as_such() {
		droits.effacer(comptes.admin().perimetre(), personne, MotifEffacement.RETRAIT_CONSENTEMENT);

		assertThat(jdbc.sql("select effacement_motif from beneficiaire where id = ?")
			.param(personne)
			.query(String.class)
			.single()).isEqualTo("RETRAIT_CONSENTEMENT");
		assertThat(jdbc.sql("""
				select t.motif from orientation_transition t join orientation o on o.id = t.orientation_id
				where o.beneficiaire_id = ? and t.vers = 'ABANDON'""").param(personne).query(String.class).list())
			.containsExactly(MotifEffacement.RETRAIT_CONSENTEMENT.raison());
		assertThat(actions()).extracting(t -> t.toList().get(0))
			.containsExactly("LECTURE", "DROIT_RETRAIT_CONSENTEMENT");
	}

	private List<org.assertj.core.groups.Tuple> actions() {
		return jdbc.sql("""
				select action, finalite, auteur from journal_audit where objet_type = 'BENEFICIAIRE' and objet_id = ?
				order by id""")
			.param(personne)
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private Long orientation(Long beneficiaire) {
		return jdbc.sql("select id from orientation where beneficiaire_id = ?")
			.param(beneficiaire)
			.query(Long.class)
			.single();
	}

	private Long compter(String requete) {
		return jdbc.sql(requete).param(personne).query(Long.class).single();
	}

}
