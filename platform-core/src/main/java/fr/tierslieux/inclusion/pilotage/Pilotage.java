package fr.tierslieux.inclusion.pilotage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.tierslieux.inclusion.beneficiaire.OrientationStatut;
import fr.tierslieux.inclusion.progression.Echeance;

/**
 * The cockpit under its filters: key figures and the seed's per-typologie table, the
 * trend per vague, the referral funnel and its reasons, the outcomes at 3 and 6 months,
 * and the binômes by phase with those that need attention.
 *
 * @param calculeLe when the figures were computed (they are kept a couple of minutes)
 */
public record Pilotage(Indicateurs totaux, Assiduite assiduite, List<Repartition> parTypologie,
		List<Repartition> parDepartement, List<Tendance> parVague, Entonnoir entonnoir, List<Motif> motifs,
		Map<Echeance, Sorties> sorties, Map<String, Long> binomesParPhase, List<BinomeAVoir> binomesAVoir,
		long binomesAVoirEnTout, Instant calculeLe) {

	public Pilotage {
		parTypologie = List.copyOf(parTypologie);
		parDepartement = List.copyOf(parDepartement);
		parVague = List.copyOf(parVague);
		motifs = List.copyOf(motifs);
		sorties = Map.copyOf(sorties);
		binomesParPhase = Map.copyOf(binomesParPhase);
		binomesAVoir = List.copyOf(binomesAVoir);
	}

	/**
	 * The outcomes at an échéance named as its enum constant (templates cannot name
	 * enums).
	 */
	public Sorties sortiesA(String echeance) {
		return sorties.get(Echeance.valueOf(echeance));
	}

	/**
	 * Key figures and breakdowns by typologie and département, as the dashboard lays them
	 * out.
	 */
	public TableauDeBord tableauDeBord() {
		return new TableauDeBord(totaux, parTypologie, parDepartement);
	}

	/**
	 * Sign-in lines and, among them, presences (present or late).
	 */
	public record Assiduite(long emargements, long presents) {

		/** Presences per hundred sign-in lines; null without any. */
		public Long tauxDePresence() {
			return emargements == 0 ? null : Math.round(100.0 * presents / emargements);
		}

		public Long tauxDAbsence() {
			return emargements == 0 ? null : 100 - tauxDePresence();
		}

	}

	/** A vague's figures, for the trend. */
	public record Tendance(long vague, String nom, Indicateurs indicateurs, Assiduite assiduite) {
	}

	/**
	 * The referrals of the parcours in scope by where they stand.
	 *
	 * @param parStatut referrals per current status
	 * @param abandonsEnParcours abandons after entering the parcours (the others left
	 * before the first session)
	 */
	public record Entonnoir(Map<OrientationStatut, Long> parStatut, long abandonsEnParcours) {

		public Entonnoir {
			parStatut = Map.copyOf(parStatut);
		}

		public long nombre(OrientationStatut statut) {
			return parStatut.getOrDefault(statut, 0L);
		}

		public long orientees() {
			return parStatut.values().stream().mapToLong(Long::longValue).sum();
		}

		/** Accepted at some point: accepted, in the parcours, finished, abandoned. */
		public long acceptees() {
			return nombre(OrientationStatut.ACCEPTEE) + entrees() + abandonsAvantEntree();
		}

		/** Entered the parcours: in it, finished it, or left it once in. */
		public long entrees() {
			return nombre(OrientationStatut.EN_PARCOURS) + nombre(OrientationStatut.TERMINEE) + abandonsEnParcours;
		}

		public long terminees() {
			return nombre(OrientationStatut.TERMINEE);
		}

		public long abandonsAvantEntree() {
			return nombre(OrientationStatut.ABANDON) - abandonsEnParcours;
		}

		/** The funnel's steps in reading order, keyed as the messages name them. */
		public Map<String, Long> etapes() {
			Map<String, Long> etapes = new LinkedHashMap<>();
			etapes.put("orientees", orientees());
			etapes.put("acceptees", acceptees());
			etapes.put("entrees", entrees());
			etapes.put("terminees", terminees());
			etapes.put("refusees", nombre(OrientationStatut.REFUSEE));
			etapes.put("attente", nombre(OrientationStatut.EN_LISTE_ATTENTE));
			etapes.put("abandonsAvant", abandonsAvantEntree());
			etapes.put("abandonsPendant", abandonsEnParcours);
			return etapes;
		}

	}

	/**
	 * A reason given for a refusal, an abandon or a waiting list, and how often.
	 *
	 * @param motif null when none was given
	 */
	public record Motif(OrientationStatut statut, String motif, long nombre) {
	}

	/** Outcomes recorded at one échéance, and among them the positive ones. */
	public record Sorties(long relevees, long dynamiques) {

		public Long taux() {
			return relevees == 0 ? null : Math.round(100.0 * dynamiques / relevees);
		}

	}

	/**
	 * A binôme that needs attention, and why.
	 *
	 * @param joursSansActivite days since its last activity (a phase change, a message, a
	 * session held)
	 */
	public record BinomeAVoir(long id, String tiersLieu, String agence, String vague, String phase,
			long joursSansActivite, boolean inactif, boolean phaseEnRetard, long parcoursAvecPlaces) {
	}

}
