package fr.tierslieux.inclusion.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.tierslieux.inclusion.budget.Conventions;
import fr.tierslieux.inclusion.budget.Conventions.Cofinancement;
import fr.tierslieux.inclusion.budget.Conventions.NouvelleConvention;
import fr.tierslieux.inclusion.budget.Engagements;
import fr.tierslieux.inclusion.budget.Engagements.NouveauPaiement;
import fr.tierslieux.inclusion.budget.Engagements.NouvelEngagement;
import fr.tierslieux.inclusion.budget.ObjetConvention;
import fr.tierslieux.inclusion.budget.TypeConvention;

/**
 * The money of the demo's experimentation: one convention per tiers-lieu (subventions,
 * some co-funded by the région, and public contracts), its parcours and engineering
 * committed and mostly paid, and the demo tiers-lieu's cooperation agreement nearing its
 * end.
 */
@Component
class DemoBudget {

	private static final BigDecimal INGENIERIE = new BigDecimal("3000.00");

	private final Conventions conventions;

	private final Engagements engagements;

	private final JdbcClient sql;

	private final Clock horloge;

	DemoBudget(Conventions conventions, Engagements engagements, JdbcClient sql, Clock horloge) {
		this.conventions = conventions;
		this.engagements = engagements;
		this.sql = sql;
		this.horloge = horloge;
	}

	/**
	 * @param tiersLieuDesComptes the tiers-lieu of the demo accounts, whose last payments
	 * are still due
	 */
	void charger(long vague, LocalDate debut, LocalDate fin, long tiersLieuDesComptes) {
		List<BinomeDemo> binomes = sql.sql("""
				select bi.id, bi.tiers_lieu_id, tl.nom from binome bi join tiers_lieu tl on tl.id = bi.tiers_lieu_id
				where bi.vague_id = :vague order by bi.id""")
			.param("vague", vague)
			.query((rs, n) -> new BinomeDemo(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		for (int rang = 0; rang < binomes.size(); rang++) {
			BinomeDemo binome = binomes.get(rang);
			List<ParcoursDemo> parcours = sql
				.sql("select id, budget from parcours where binome_id = :binome order by date_debut, id")
				.param("binome", binome.id())
				.query((rs, n) -> new ParcoursDemo(rs.getLong(1), rs.getBigDecimal(2)))
				.list();
			BigDecimal montant = parcours.stream().map(ParcoursDemo::budget).reduce(INGENIERIE, BigDecimal::add);
			long convention = conventions.enregistrer(DemoDataLoader.CHARGEMENT,
					convention(rang, binome, montant, debut, fin));
			boolean toutPaye = binome.tiersLieu() != tiersLieuDesComptes;
			long ingenierie = engagements.engager(DemoDataLoader.CHARGEMENT, convention,
					new NouvelEngagement(binome.id(), null, INGENIERIE, debut));
			payer(convention, ingenierie, INGENIERIE, debut.plusMonths(2), "ING-" + (rang + 1));
			for (ParcoursDemo p : parcours) {
				long engagement = engagements.engager(DemoDataLoader.CHARGEMENT, convention,
						new NouvelEngagement(binome.id(), p.id(), p.budget(), debut.plusMonths(5)));
				BigDecimal verse = toutPaye ? p.budget()
						: p.budget().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
				payer(convention, engagement, verse, fin.minusDays(20), "PAR-" + (rang + 1) + "-" + p.id());
			}
			if (binome.tiersLieu() == tiersLieuDesComptes) {
				LocalDate aujourdhui = LocalDate.now(horloge);
				conventions.enregistrer(DemoDataLoader.CHARGEMENT,
						new NouvelleConvention(binome.tiersLieu(), "IDF-COOP-" + (rang + 1), binome.nom(),
								TypeConvention.GRACIEUSE, ObjetConvention.AUTRE,
								"Permanences des conseillers au tiers-lieu et informations collectives",
								aujourdhui.minusYears(1), aujourdhui.plusDays(40), BigDecimal.ZERO, null, null, null,
								null, null, List.of()));
			}
		}
	}

	/**
	 * Every third tiers-lieu works under a public contract; the others are subsidised.
	 */
	private static NouvelleConvention convention(int rang, BinomeDemo binome, BigDecimal montant, LocalDate debut,
			LocalDate fin) {
		String numero = "IDF-2020-" + String.format("%02d", rang + 1);
		if (rang % 3 == 2) {
			return new NouvelleConvention(binome.tiersLieu(), numero, binome.nom(), TypeConvention.PRESTATION,
					ObjetConvention.NUMERIQUE, null, debut, fin, montant, null, "MP-2020-IDF-017",
					"Lot " + (rang / 3 + 1), null, null, List.of());
		}
		BigDecimal cout = montant.multiply(BigDecimal.valueOf(2));
		List<Cofinancement> autres = rang % 3 == 0
				? List.of(new Cofinancement("Région Île-de-France", montant.multiply(new BigDecimal("0.60"))))
				: List.of();
		return new NouvelleConvention(binome.tiersLieu(), numero, binome.nom(), TypeConvention.SUBVENTION,
				ObjetConvention.NUMERIQUE, null, debut, fin, montant, cout, null, null, null, null, autres);
	}

	private void payer(long convention, long engagement, BigDecimal montant, LocalDate le, String reference) {
		engagements.payer(DemoDataLoader.CHARGEMENT, convention,
				new NouveauPaiement(engagement, le, montant, reference));
	}

	private record BinomeDemo(long id, long tiersLieu, String nom) {
	}

	private record ParcoursDemo(long id, BigDecimal budget) {
	}

}
