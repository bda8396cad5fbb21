package fr.tierslieux.inclusion.compte;

import java.util.List;
import java.util.Set;

/**
 * What an account may see: every service that returns records takes one and filters its
 * SQL with it. Built once at login from the account's rattachements.
 *
 * @param identifiant the account, for the audit log
 * @param role the account's role
 * @param regions codes of the régions of a coordinateur or pilote
 * @param agences ids of the agences of a conseiller
 * @param tiersLieux ids of the tiers-lieux of a facilitateur
 */
public record Perimetre(String identifiant, Role role, Set<String> regions, Set<Long> agences, Set<Long> tiersLieux) {

	/** Placeholders for empty {@code in (…)} lists, which no real row matches. */
	private static final List<String> AUCUNE_REGION = List.of("");

	private static final List<Long> AUCUN_ID = List.of(-1L);

	public Perimetre {
		regions = Set.copyOf(regions);
		agences = Set.copyOf(agences);
		tiersLieux = Set.copyOf(tiersLieux);
	}

	public static Perimetre administrateur(String identifiant) {
		return new Perimetre(identifiant, Role.ADMIN, Set.of(), Set.of(), Set.of());
	}

	public boolean voitTout() {
		return role == Role.ADMIN;
	}

	/**
	 * Whether the role may read personal data of bénéficiaires at all (pilotes read
	 * figures only).
	 */
	public boolean accedeAuxPersonnes() {
		return role != Role.PILOTE;
	}

	public List<String> regionsOuAucune() {
		return regions.isEmpty() ? AUCUNE_REGION : List.copyOf(regions);
	}

	public List<Long> agencesOuAucune() {
		return agences.isEmpty() ? AUCUN_ID : List.copyOf(agences);
	}

	public List<Long> tiersLieuxOuAucun() {
		return tiersLieux.isEmpty() ? AUCUN_ID : List.copyOf(tiersLieux);
	}

}
