package fr.tierslieux.inclusion.beneficiaire;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.CoreTest;
import fr.tierslieux.inclusion.atelier.PlanningDesSeances.Planning;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.AnnuaireKit;
import fr.tierslieux.inclusion.kit.BeneficiaireKit;
import fr.tierslieux.inclusion.kit.BinomeKit;
import fr.tierslieux.inclusion.kit.CompteKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit;
import fr.tierslieux.inclusion.kit.ParcoursEnCoursKit.ParcoursEnCours;
import fr.tierslieux.inclusion.kit.ParcoursKit;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's agenda: the parcours where they hold a seat, each reader seeing only the
 * referrals it sees; the person's own agenda holds them all.
 */
@CoreTest
@Transactional
class AgendaDUnePersonneTest {

	@Autowired
	AgendaDUnePersonne agenda;

	@Autowired
	ParcoursEnCoursKit parcoursEnCours;

	@Autowired
	ParcoursKit parcoursKit;

	@Autowired
	BinomeKit binomes;

	@Autowired
	BeneficiaireKit beneficiaires;

	@Autowired
	OrientationService orientations;

	@Autowired
	AnnuaireKit annuaire;

	@Autowired
	CompteKit comptes;

	@Test
	void each_tiers_lieu_sees_its_own_sessions_the_agence_and_the_person_all_of_them() {
		ParcoursEnCours enCours = parcoursEnCours.parcoursEnCours();
		Long personne = beneficiaires.oriente(enCours.agence(), enCours.conseiller(),
				enCours.facilitateur().perimetre(), "Agenda" + Unique.numero(), null, enCours.parcours().id(),
				OrientationStatut.ACCEPTEE);
		Long lieu2 = annuaire.tiersLieu("Second " + Unique.numero(), enCours.region().departement());
		Connecte facilitation2 = comptes.facilitateur(lieu2);
		ParcoursDeTest second = parcoursKit.parcours(binomes.binome(enCours.region().code(), enCours.agence(), lieu2),
				"Second " + Unique.numero(), 3);
		orientations.changerStatut(facilitation2.perimetre(), beneficiaires.orienter(personne, second.id()), 0,
				OrientationStatut.ACCEPTEE, null);
		Long refusee = parcoursKit.parcours(enCours.binome(), "Refusé " + Unique.numero(), 1).id();
		orientations.changerStatut(enCours.facilitateur().perimetre(), beneficiaires.orienter(personne, refusee), 0,
				OrientationStatut.REFUSEE, "Complet");

		assertThat(agenda.agenda(enCours.facilitateur().perimetre(), personne)).extracting(p -> p.parcours().id())
			.containsExactly(enCours.parcours().id());
		assertThat(agenda.agenda(facilitation2.perimetre(), personne)).extracting(p -> p.parcours().id())
			.containsExactly(second.id());
		assertThat(agenda.agenda(enCours.conseiller().perimetre(), personne)).extracting(p -> p.parcours().id())
			.containsExactlyInAnyOrder(enCours.parcours().id(), second.id());
		assertThat(agenda.agendaDeLaPersonne(personne)).flatExtracting(Planning::seances).hasSize(5);
		assertThatThrownBy(() -> agenda
			.agenda(comptes.conseiller(annuaire.agence(enCours.region().departement())).perimetre(), personne))
			.isInstanceOf(IntrouvableException.class);
	}

}
