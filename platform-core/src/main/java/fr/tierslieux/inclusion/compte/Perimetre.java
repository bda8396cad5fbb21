package fr.tierslieux.inclusion.compte;

import java.io.Serializable;
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
public record Perimetre(String identifiant, Role role, Set<String> regions, Set<Long> agences,
		Set<Long> tiersLieux) implements Serializable {

	/**
	 * JPQL: the binôme {@code bi} is in scope: its tiers-lieu (facilitateur), its agence
	 * (conseiller), the région of its vague (coordinateur, pilote). Everything a binôme
	 * runs (parcours, ateliers, orientations received) follows it. Parameters:
	 * {@code tout,
	 * tiersLieux, agences, regions}; repositories unpack a perimeter into them in a
	 * default method (plain parameters: no SpEL evaluated per query).
	 */
	public static final String JPQL_BINOME = """
			(:tout = true or bi.tiersLieu.id in :tiersLieux or bi.agence.id in :agences
			 or bi.vague.region.code in :regions)""";

	/**
	 * JPQL: the bénéficiaire {@code b} is followed by an agence in scope: the agence
	 * itself (conseiller) or an agence of the régions (coordinateur). The person's agence
	 * is the one that refers them, so it sees every referral it made.
	 */
	public static final String JPQL_AGENCE_DE_LA_PERSONNE = """
			(:tout = true or b.agence.id in :agences or b.agence.departement.region.code in :regions)""";

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
	 * Whether the reader coordinates this région: an admin everywhere, a coordinateur in
	 * their régions (a pilote reads figures, it coordinates nothing).
	 */
	public boolean coordonne(String region) {
		return voitTout() || (role == Role.COORDINATEUR && regions.contains(region));
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
