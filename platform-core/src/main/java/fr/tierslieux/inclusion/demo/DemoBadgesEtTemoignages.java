package fr.tierslieux.inclusion.demo;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.badge.AttributionDesBadges;
import fr.tierslieux.inclusion.badge.AttributionDesBadges.Proposition;
import fr.tierslieux.inclusion.badge.BadgesDuBinome;
import fr.tierslieux.inclusion.badge.NouveauBadge;
import fr.tierslieux.inclusion.beneficiaire.CarnetDeBord;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.restitution.RestitutionDUneVague;
import fr.tierslieux.inclusion.restitution.TemoignageDUnePersonne;

/**
 * What T3–T4 shows in the demo: the demo tiers-lieu's badge, given to the first people
 * who met it, and testimonies kept for the vague's restitution.
 */
@Component
class DemoBadgesEtTemoignages {

	private static final int BADGES_DONNES = 6;

	private static final List<String> TEMOIGNAGES = List.of(
			"Je n'osais pas toucher un ordinateur. Maintenant je fais mes démarches seule, et j'ai fabriqué un objet "
					+ "que j'ai montré en entretien.",
			"Le fablab m'a redonné l'envie d'apprendre. J'ai trouvé une formation grâce aux rencontres du parcours.",
			"Travailler en groupe sur un vrai projet, ça m'a aidé à reprendre un rythme.");

	private final BadgesDuBinome badges;

	private final AttributionDesBadges attribution;

	private final CarnetDeBord carnets;

	private final TemoignageDUnePersonne temoignages;

	private final RestitutionDUneVague restitutions;

	private final String adresse;

	DemoBadgesEtTemoignages(BadgesDuBinome badges, AttributionDesBadges attribution, CarnetDeBord carnets,
			TemoignageDUnePersonne temoignages, RestitutionDUneVague restitutions,
			@Value("${plateforme.adresse-publique:}") String adresse) {
		this.badges = badges;
		this.attribution = attribution;
		this.carnets = carnets;
		this.temoignages = temoignages;
		this.restitutions = restitutions;
		this.adresse = adresse.isBlank() ? "http://localhost:8080" : adresse.replaceAll("/$", "");
	}

	/**
	 * @param facilitation the demo tiers-lieu's facilitator, who gives the badge
	 */
	void charger(Long vague, Long binome, Perimetre facilitation) {
		Long badge = badges.definir(facilitation, binome,
				new NouveauBadge("Premiers pas au fablab",
						"Reconnaît la capacité à mener un petit projet de fabrication numérique, de l'idée à l'objet.",
						"Avoir suivi au moins trois quarts des séances du parcours et présenté son objet au groupe.",
						75, 0, 1, null, List.of("PIX:3.1", "DIGCOMP:5.3"), null));
		List<Proposition> propositions = attribution.propositions(facilitation, binome);
		propositions.stream()
			.limit(BADGES_DONNES)
			.forEach(p -> attribution.attribuer(facilitation, badge, p.orientationId(), adresse));
		for (int i = 0; i < TEMOIGNAGES.size() && i < propositions.size(); i++) {
			String lien = carnets.nouveauLien(DemoDataLoader.CHARGEMENT, propositions.get(i).beneficiaireId()).jeton();
			temoignages.ecrire(lien, TEMOIGNAGES.get(i), true);
		}
		restitutions.aRelire(DemoDataLoader.CHARGEMENT, vague)
			.forEach(t -> restitutions.retenir(DemoDataLoader.CHARGEMENT, vague, t.id(), true));
	}

}
