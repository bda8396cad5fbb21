package fr.tierslieux.inclusion.kit;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.compte.CompteService.Connecte;
import fr.tierslieux.inclusion.kit.ParcoursKit.ParcoursDeTest;
import fr.tierslieux.inclusion.kit.TerritoireKit.RegionDeTest;

import static fr.tierslieux.inclusion.presence.PresenceStatut.ABSENT;
import static fr.tierslieux.inclusion.presence.PresenceStatut.EN_RETARD;
import static fr.tierslieux.inclusion.presence.PresenceStatut.PRESENT;

/**
 * The scoping fixture: one person followed by agence A1 (région R1) and oriented to two
 * parcours, one run by A1 with tiers-lieu T1 in R1, one by A2 with T2 in R2; a second
 * person of A2 oriented to the second parcours only; an account of every role on each
 * side, and a coordinator of a third région.
 *
 * <pre>
 *            R1                         R2                R3
 *   A1 ── binôme B1 ── T1      A2 ── binôme B2 ── T2      (nothing)
 *          P1: 2 ateliers             P2: 3 ateliers
 *   Partagée (of A1): P1 (came 1 of 2), P2 (came 2 of 3)
 *   Seule (of A2):    P2 (came 1 of 3)
 * </pre>
 */
@Component
public class DeuxRegions {

	private final TerritoireKit territoire;

	private final AnnuaireKit annuaire;

	private final CompteKit comptes;

	private final BinomeKit binomes;

	private final ParcoursKit parcours;

	private final BeneficiaireKit beneficiaires;

	private final PresenceKit presences;

	DeuxRegions(TerritoireKit territoire, AnnuaireKit annuaire, CompteKit comptes, BinomeKit binomes,
			ParcoursKit parcours, BeneficiaireKit beneficiaires, PresenceKit presences) {
		this.territoire = territoire;
		this.annuaire = annuaire;
		this.comptes = comptes;
		this.binomes = binomes;
		this.parcours = parcours;
		this.beneficiaires = beneficiaires;
		this.presences = presences;
	}

	@Transactional
	public Scenario creer() {
		String nom = "Kit-" + UUID.randomUUID().toString().substring(0, 8);
		RegionDeTest r1 = territoire.region();
		RegionDeTest r2 = territoire.region();
		RegionDeTest r3 = territoire.region();
		Long a1 = annuaire.agence(r1.departement());
		Long a2 = annuaire.agence(r2.departement());
		Long t1 = annuaire.tiersLieu("Lieu un " + nom, r1.departement());
		Long t2 = annuaire.tiersLieu("Lieu deux " + nom, r2.departement());
		ParcoursDeTest p1 = parcours.parcours(binomes.binome(r1.code(), a1, t1), "Parcours un " + nom, 2);
		ParcoursDeTest p2 = parcours.parcours(binomes.binome(r2.code(), a2, t2), "Parcours deux " + nom, 3);

		Long partagee = beneficiaires.beneficiaire(a1, nom, "Partagée");
		Long seule = beneficiaires.beneficiaire(a2, nom, "Seule");
		Long o1 = beneficiaires.orienter(partagee, p1.id());
		Long o2 = beneficiaires.orienter(partagee, p2.id());
		Long o3 = beneficiaires.orienter(seule, p2.id());
		presences.emarger(p1.ateliers().get(0), partagee, PRESENT);
		presences.emarger(p1.ateliers().get(1), partagee, ABSENT);
		presences.emarger(p2.ateliers().get(0), partagee, PRESENT);
		presences.emarger(p2.ateliers().get(1), partagee, EN_RETARD);
		presences.emarger(p2.ateliers().get(2), partagee, ABSENT);
		presences.emarger(p2.ateliers().get(0), seule, PRESENT);

		return new Scenario(nom, r1, r2, r3, a1, a2, t1, t2, p1, p2, partagee, seule, o1, o2, o3, comptes.admin(),
				comptes.conseiller(a1), comptes.conseiller(a2), comptes.facilitateur(t1), comptes.facilitateur(t2),
				comptes.coordinateur(r1.code()), comptes.coordinateur(r2.code()), comptes.coordinateur(r3.code()),
				comptes.pilote(r2.code()));
	}

	/**
	 * @param nom the family name both people share, unique to this scenario
	 * @param o1 Partagée → P1; {@code o2} Partagée → P2; {@code o3} Seule → P2
	 */
	public record Scenario(String nom, RegionDeTest r1, RegionDeTest r2, RegionDeTest r3, Long a1, Long a2, Long t1,
			Long t2, ParcoursDeTest p1, ParcoursDeTest p2, Long partagee, Long seule, Long o1, Long o2, Long o3,
			Connecte admin, Connecte conseillerA1, Connecte conseillerA2, Connecte facilitateurT1,
			Connecte facilitateurT2, Connecte coordinationR1, Connecte coordinationR2, Connecte coordinationR3,
			Connecte piloteR2) {
	}

}
