package fr.tierslieux.inclusion.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The budget report of a vague, optionally narrowed to one département: what was planned
 * (tariffs of its parcours, engineering of its binômes), committed and paid, against the
 * hours of support given and the people reached.
 */
public record BilanBudgetaire(Entete entete, Ligne total, List<Ligne> parPoste, List<Ligne> parTiersLieu,
		List<Ligne> parDepartement, List<ConventionMobilisee> conventions, List<Financeur> financeurs,
		Instant calculeLe) {

	/** The poste of a binôme's engineering, beside the formats of parcours. */
	public static final String INGENIERIE = "INGENIERIE";

	public BilanBudgetaire {
		parPoste = List.copyOf(parPoste);
		parTiersLieu = List.copyOf(parTiersLieu);
		parDepartement = List.copyOf(parDepartement);
		conventions = List.copyOf(conventions);
		financeurs = List.copyOf(financeurs);
	}

	/**
	 * The vague, the filter applied and the table in force.
	 *
	 * @param departement the département the report is narrowed to, null for the whole
	 * vague
	 * @param enveloppe the coordination envelope of the vague (not part of the
	 * tiers-lieux' figures)
	 */
	public record Entete(long vagueId, String vague, String region, LocalDate debut, LocalDate fin, String departement,
			String departementNom, int bareme, BigDecimal enveloppe, BigDecimal ingenierieParBinome, long binomes) {

		/**
		 * The vague's whole budget: coordination envelope and what the tiers-lieux plan.
		 */
		public BigDecimal budgetTotal(Ligne total) {
			return enveloppe.add(total.prevu());
		}

	}

	/**
	 * One line of a breakdown: a poste (a format, or the engineering), a tiers-lieu, a
	 * département, or the total.
	 *
	 * @param cle the format's name or {@link #INGENIERIE}, the tiers-lieu's id, the
	 * département's code
	 * @param departement the tiers-lieu's département, on tiers-lieu lines
	 */
	public record Ligne(String cle, String libelle, String departement, BigDecimal prevu, BigDecimal engage,
			BigDecimal paye, long minutes, long personnes) {

		/** Committed, not yet paid. */
		public BigDecimal resteAPayer() {
			return engage.subtract(paye);
		}

		/** Planned, not yet committed. */
		public BigDecimal resteAEngager() {
			return prevu.subtract(engage);
		}

		/** Committed amount per hour of support; null without hours. */
		public BigDecimal coutParHeure() {
			return minutes == 0 ? null : engage.multiply(BigDecimal.valueOf(60))
				.divide(BigDecimal.valueOf(minutes), 2, RoundingMode.HALF_UP);
		}

		/** Committed amount per person reached; null without people. */
		public BigDecimal coutParPersonne() {
			return personnes == 0 ? null : engage.divide(BigDecimal.valueOf(personnes), 2, RoundingMode.HALF_UP);
		}

	}

	/** A convention with commitments in the vague. */
	public record ConventionMobilisee(long id, String numero, String tiersLieu, TypeConvention type, LocalDate debut,
			LocalDate fin, BigDecimal montant, BigDecimal coutAction, BigDecimal engageDansLaVague,
			BigDecimal payeDansLaVague) {
	}

	/**
	 * A funder and its share of the conventions mobilised.
	 *
	 * @param nom null for France Travail, which the UI names
	 */
	public record Financeur(String nom, BigDecimal montant) {
	}

}
