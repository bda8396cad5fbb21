package fr.tierslieux.inclusion.bibliotheque;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.bibliotheque.BibliothequeDeParcours.ParcoursPublie;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.Unique;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library: a validated parcours published by its binôme, found by each filter and by
 * no other, taken up as the canvas of a binôme in T1, which remembers its model.
 */
@CoreTest
@Transactional
class BibliothequeDeParcoursTest {

	@Autowired
	BibliothequeDeParcours bibliotheque;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	BinomeKit binomeKit;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Autowired
	JdbcClient jdbc;

	ParcoursEnCours enCours;

	String intitule;

	@BeforeEach
	void unParcoursValide() {
		enCours = parcoursEnCours.parcoursEnCours();
		intitule = "Réparer son vélo " + Unique.numero();
		Long canevas = jdbc.sql("""
				insert into canevas (binome_id, intitule, typologie, format, profils, objectifs, preparation,
				  phase_decouverte, phase_apprentissage, phase_pratique, phase_projet, evaluation, lieu, acces,
				  date_debut, date_fin, capacite, parcours_id)
				values (?, ?, 'HYBRIDE_CREATIF', 'LONG', 'Débutants', 'Oser', 'Deux réunions', 'Visite',
				  'Outils numériques', 'Atelier vélo', 'Projet', 'Carnet', '12 rue du Port', 'Bus 21',
				  date '2026-01-05', date '2026-03-05', 10, ?) returning id""")
			.params(enCours.binome(), intitule, enCours.parcours().id())
			.query(Long.class)
			.single();
		jdbc.sql(
				"insert into canevas_carte (canevas_id, genre, code) values (?, 'PIX', '3.1'), (?, 'CONTRAINTE', 'C04')")
			.params(canevas, canevas)
			.update();
	}

	@Test
	void a_published_parcours_is_found_by_each_filter_and_by_no_other() {
		Long id = bibliotheque.publier(enCours.conseiller().perimetre(), enCours.binome());

		ParcoursPublie publie = bibliotheque.parcours(id);
		assertThat(publie.intitule()).isEqualTo(intitule);
		assertThat(publie.cartes()).as("les compétences, pas les contraintes du lieu").containsExactly("PIX:3.1");
		assertThat(ids(bibliotheque.chercher(TypologieParcours.HYBRIDE_CREATIF, FormatParcours.LONG, "PIX:3.1",
				enCours.region().code())))
			.containsExactly(id);
		assertThat(ids(bibliotheque.chercher(TypologieParcours.PROFESSIONNALISATION, null, null, null)))
			.doesNotContain(id);
		assertThat(ids(bibliotheque.chercher(null, FormatParcours.COURT, null, null))).doesNotContain(id);
		assertThat(ids(bibliotheque.chercher(null, null, "PIX:1.1", null))).doesNotContain(id);
		assertThat(ids(bibliotheque.chercher(null, null, null, "11"))).doesNotContain(id);
		assertThat(bibliotheque.publier(enCours.facilitateur().perimetre(), enCours.binome()))
			.as("publier à nouveau remplace la copie")
			.isEqualTo(id);
	}

	@Test
	void only_a_validated_parcours_of_ones_own_binome_is_published() {
		jdbc.sql("update canevas set parcours_id = null where binome_id = ?").param(enCours.binome()).update();
		assertThatThrownBy(() -> bibliotheque.publier(enCours.conseiller().perimetre(), enCours.binome()))
			.isInstanceOf(ConflitException.class);
		Connecte ailleurs = comptes
			.facilitateur(annuaire.tiersLieu("Ailleurs " + Unique.numero(), enCours.region().departement()));
		assertThatThrownBy(() -> bibliotheque.publier(ailleurs.perimetre(), enCours.binome()))
			.isInstanceOf(IntrouvableException.class);
	}

	@Test
	void a_binome_in_t1_starts_its_canvas_from_a_model_and_keeps_where_it_came_from() {
		Long modele = bibliotheque.publier(enCours.conseiller().perimetre(), enCours.binome());
		Long agence = annuaire.agence(enCours.region().departement());
		Long lieu = annuaire.tiersLieu("Repreneur " + Unique.numero(), enCours.region().departement());
		Long autre = binomeKit.binome(enCours.region().code(), agence, lieu);
		Connecte referent = comptes.facilitateur(lieu);
		assertThatThrownBy(() -> bibliotheque.reprendre(referent.perimetre(), modele, autre)).as("en T0")
			.isInstanceOf(ConflitException.class);
		jdbc.sql("update binome set phase = 'T1' where id = ?").param(autre).update();
		assertThat(bibliotheque.binomesOuReprendre(referent.perimetre())).extracting(b -> b.id())
			.containsExactly(autre);

		assertThatThrownBy(() -> bibliotheque.reprendre(referent.perimetre(), modele, null))
			.isInstanceOf(SaisieRefuseeException.class);
		assertThatThrownBy(
				() -> bibliotheque.reprendre(comptes.coordinateur(enCours.region().code()).perimetre(), modele, autre))
			.as("la coordination valide les canevas, elle ne les écrit pas")
			.isInstanceOf(AccesRefuseException.class);

		bibliotheque.reprendre(referent.perimetre(), modele, autre);

		assertThat(
				jdbc.sql("select intitule || ' / ' || modele_id || ' / ' || version from canevas where binome_id = ?")
					.param(autre)
					.query(String.class)
					.single())
			.isEqualTo(intitule + " / " + modele + " / 1");
		assertThat(jdbc
			.sql("select lieu is null and date_debut is null and capacite is null from canevas where binome_id = ?")
			.param(autre)
			.query(Boolean.class)
			.single()).as("le lieu, les dates et les places restent à écrire").isTrue();
		assertThat(jdbc.sql("""
				select k.genre || ':' || k.code from canevas_carte k join canevas c on c.id = k.canevas_id
				where c.binome_id = ?""").param(autre).query(String.class).list()).containsExactly("PIX:3.1");
		assertThat(bibliotheque.parcours(modele).reprises()).isEqualTo(1);
		assertThatThrownBy(() -> bibliotheque.reprendre(referent.perimetre(), modele, autre)).as("un canevas commencé")
			.isInstanceOf(ConflitException.class);
	}

	private static List<Long> ids(List<ParcoursPublie> publies) {
		return publies.stream().map(ParcoursPublie::id).toList();
	}

}
