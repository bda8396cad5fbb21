package fr.tierslieux.inclusion.demo;

import java.util.EnumMap;
import java.util.Map;

import fr.tierslieux.inclusion.binome.FicheService;
import fr.tierslieux.inclusion.binome.QuestionFiche;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The fiche ping-pong of a demo binôme, answered by the agence then the tiers-lieu, with
 * answers in the spirit of the guide's example.
 */
final class DemoFichePingPong {

	private static final Map<QuestionFiche, String> AGENCE = new EnumMap<>(QuestionFiche.class);

	private static final Map<QuestionFiche, String> TIERS_LIEU = new EnumMap<>(QuestionFiche.class);

	static {
		AGENCE.put(QuestionFiche.PUBLICS, "Personnes peu ou pas diplômées, seniors peu équipés, primo-arrivants.");
		AGENCE.put(QuestionFiche.PROBLEMATIQUES,
				"Faible taux d'équipement, peu de maîtrise de l'ordinateur, freins linguistiques.");
		AGENCE.put(QuestionFiche.HABITUDE_DU_PUBLIC, "Nous ne savons pas encore : à découvrir lors de la visite.");
		AGENCE.put(QuestionFiche.OFFRE_DU_LIEU, "À préciser par le tiers-lieu.");
		AGENCE.put(QuestionFiche.DIAGNOSTIC,
				"Oui : les conseillers font passer Les Bons Clics ou Pix Emploi lors de l'entretien.");
		AGENCE.put(QuestionFiche.ALLIES, "Le CCAS, la mission locale, les associations de quartier.");
		AGENCE.put(QuestionFiche.ACTEURS_INCLUSION, "Les conseillers numériques de la commune et de la médiathèque.");
		AGENCE.put(QuestionFiche.TRAVAILLER_AVEC, "Oui, pour repérer les personnes et relayer le parcours.");
		AGENCE.put(QuestionFiche.PARCOURS_ENVISAGE, "Un parcours court, avec une séance de recherche d'emploi.");
		AGENCE.put(QuestionFiche.IMPLICATION_FRANCE_TRAVAIL,
				"Oui : la conseillère référente participera à deux ateliers.");
		TIERS_LIEU.put(QuestionFiche.PUBLICS, "Les mêmes, plus des jeunes sans solution que nous accueillons déjà.");
		TIERS_LIEU.put(QuestionFiche.PROBLEMATIQUES, "Peur de l'outil, manque de confiance en soi.");
		TIERS_LIEU.put(QuestionFiche.HABITUDE_DU_PUBLIC, "Oui, en projet avec des associations du quartier.");
		TIERS_LIEU.put(QuestionFiche.OFFRE_DU_LIEU,
				"Prise en main des machines du fablab, ateliers de réparation, accès libre au lieu.");
		TIERS_LIEU.put(QuestionFiche.DIAGNOSTIC,
				"Nous pourrons compléter par une observation lors du premier atelier.");
		TIERS_LIEU.put(QuestionFiche.ALLIES, "Le tissu associatif local, le CCAS.");
		TIERS_LIEU.put(QuestionFiche.ACTEURS_INCLUSION, "Le réseau régional des tiers-lieux et ses médiateurs.");
		TIERS_LIEU.put(QuestionFiche.TRAVAILLER_AVEC, "Oui, nous les inviterons à la restitution.");
		TIERS_LIEU.put(QuestionFiche.PARCOURS_ENVISAGE, "Un parcours par le faire, en petits groupes.");
		TIERS_LIEU.put(QuestionFiche.IMPLICATION_FRANCE_TRAVAIL, "Oui, et nous irons visiter l'agence.");
	}

	private DemoFichePingPong() {
	}

	/** The agence's side only, handed over: the tiers-lieu's turn. */
	static void remplirLeCoteAgence(FicheService fiches, Long binome, Perimetre agence) {
		fiches.ecrire(agence, binome, 0, AGENCE, true);
	}

	static void remplir(FicheService fiches, Long binome, Perimetre agence, Perimetre tiersLieu) {
		fiches.ecrire(agence, binome, 0, AGENCE, true);
		fiches.ecrire(tiersLieu, binome, AGENCE.size() + 1, TIERS_LIEU, true);
	}

}
