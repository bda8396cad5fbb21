package fr.tierslieux.inclusion.kit;

import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

/**
 * What T2 starts from: in a new région, an agence and a tiers-lieu in a binôme, an account
 * on each side, and a parcours of two sessions (5 and 12 January 2026, 14 h – 17 h).
 */
@Component
public class ParcoursEnCoursKit {

	private final TerritoireKit territoire;

	private final AnnuaireKit annuaire;

	private final CompteKit comptes;

	private final BinomeKit binomes;

	private final ParcoursKit parcours;

	ParcoursEnCoursKit(TerritoireKit territoire, AnnuaireKit annuaire, CompteKit comptes, BinomeKit binomes,
			ParcoursKit parcours) {
		this.territoire = territoire;
		this.annuaire = annuaire;
		this.comptes = comptes;
		this.binomes = binomes;
		this.parcours = parcours;
	}

	public ParcoursEnCours parcoursEnCours() {
		RegionDeTest region = territoire.region();
		Long agence = annuaire.agence(region.departement());
		Long lieu = annuaire.tiersLieu("La Fabrique " + Unique.numero(), region.departement());
		Long binome = binomes.binome(region.code(), agence, lieu);
		return new ParcoursEnCours(region, agence, lieu, binome, comptes.conseiller(agence), comptes.facilitateur(lieu),
				parcours.parcours(binome, "Fabriquer " + Unique.numero(), 2));
	}

	public record ParcoursEnCours(RegionDeTest region, Long agence, Long tiersLieu, Long binome, Connecte conseiller,
			Connecte facilitateur, ParcoursDeTest parcours) {
	}

}
