package fr.tierslieux.inclusion.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.JournalAdministration;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.parcours.FormatParcours;

/**
 * The tariff table of a vague and its history: each change is a new numbered version
 * (who, when, why), the last one in force. The values in force are also written where the
 * T1 canvas and the vague list read them ({@code vague}, {@code tarif_vague}).
 */
@Service
@Transactional(readOnly = true)
public class BaremeDesVagues {

	private static final String COLONNES = """
			numero, enveloppe_coordination, ingenierie_binome, tarif_court, tarif_long, tarif_long_augmente,
			tarif_long_intensif, motif, modifie_le, modifie_par""";

	private final JdbcClient sql;

	private final Clock horloge;

	private final BilansGardes bilans;

	private final JournalAdministration journal;

	BaremeDesVagues(JdbcClient sql, Clock horloge, BilansGardes bilans, JournalAdministration journal) {
		this.journal = journal;
		this.sql = sql;
		this.horloge = horloge;
		this.bilans = bilans;
	}

	/**
	 * The versions of the vague's table, newest first; 404 outside the reader's régions.
	 */
	public List<Bareme> versions(Perimetre qui, long vagueId) {
		regionLisible(qui, vagueId);
		return sql.sql("select " + COLONNES + " from bareme_vague where vague_id = :vague order by numero desc")
			.param("vague", vagueId)
			.query((rs, n) -> lire(rs))
			.list();
	}

	/**
	 * Replaces the table in force by a new version.
	 * @param numeroLu the version the user edited: a change saved meanwhile is a conflict
	 */
	@Transactional
	public Bareme modifier(Perimetre qui, long vagueId, int numeroLu, NouveauBareme bareme) {
		String region = regionLisible(qui, vagueId);
		if (!qui.coordonne(region)) {
			throw new AccesRefuseException(qui.identifiant() + " ne coordonne pas la région " + region);
		}
		int enVigueur = sql
			.sql("select numero from bareme_vague where vague_id = :vague order by numero desc limit 1 for update")
			.param("vague", vagueId)
			.query(Integer.class)
			.optional()
			.orElse(0);
		ConflitException.verifierVersion(numeroLu, enVigueur);
		Instant maintenant = horloge.instant();
		sql.sql("insert into bareme_vague (vague_id, numero, enveloppe_coordination, ingenierie_binome, tarif_court, "
				+ "tarif_long, tarif_long_augmente, tarif_long_intensif, motif, modifie_le, modifie_par) values (:vague, "
				+ ":numero, :enveloppe, :ingenierie, :court, :long, :augmente, :intensif, :motif, :le, :par)")
			.param("vague", vagueId)
			.param("numero", enVigueur + 1)
			.param("enveloppe", bareme.enveloppe())
			.param("ingenierie", bareme.ingenierie())
			.param("court", bareme.tarif(FormatParcours.COURT))
			.param("long", bareme.tarif(FormatParcours.LONG))
			.param("augmente", bareme.tarif(FormatParcours.LONG_AUGMENTE))
			.param("intensif", bareme.tarif(FormatParcours.LONG_INTENSIF))
			.param("motif", bareme.motif())
			.param("le", Timestamp.from(maintenant))
			.param("par", qui.identifiant())
			.update();
		sql.sql("update vague set enveloppe_budget = :enveloppe, ingenierie_binome = :ingenierie, version = version + 1 "
				+ "where id = :vague")
			.param("enveloppe", bareme.enveloppe())
			.param("ingenierie", bareme.ingenierie())
			.param("vague", vagueId)
			.update();
		for (FormatParcours format : FormatParcours.values()) {
			sql.sql("""
					insert into tarif_vague (vague_id, format, montant) values (:vague, :format, :montant)
					on conflict (vague_id, format) do update set montant = excluded.montant""")
				.param("vague", vagueId)
				.param("format", format.name())
				.param("montant", bareme.tarif(format))
				.update();
		}
		bilans.oublier(vagueId);
		journal.noter(qui.identifiant(), ObjetAdministre.BAREME, "vague " + vagueId, "VERSION_" + (enVigueur + 1),
				"enveloppe " + bareme.enveloppe() + ", ingénierie " + bareme.ingenierie() + ", tarifs "
						+ bareme.tarifs() + (bareme.motif() == null ? "" : " — " + bareme.motif()));
		return new Bareme(enVigueur + 1, bareme.enveloppe(), bareme.ingenierie(), bareme.tarifs(), bareme.motif(),
				maintenant, qui.identifiant());
	}

	/** Whether the reader may change the vague's table: its coordination, an admin. */
	public boolean modifiable(Perimetre qui, long vagueId) {
		return qui.coordonne(regionLisible(qui, vagueId));
	}

	/** The vague's région, if the reader reads its budget; 404 otherwise. */
	String regionLisible(Perimetre qui, long vagueId) {
		return sql.sql("select region_code from vague where id = :id")
			.param("id", vagueId)
			.query(String.class)
			.optional()
			.filter(region -> LecteursDuBudget.lit(qui, region))
			.orElseThrow(() -> new IntrouvableException("vague", vagueId));
	}

	private static Bareme lire(ResultSet rs) throws SQLException {
		Map<FormatParcours, BigDecimal> tarifs = new EnumMap<>(FormatParcours.class);
		tarifs.put(FormatParcours.COURT, rs.getBigDecimal("tarif_court"));
		tarifs.put(FormatParcours.LONG, rs.getBigDecimal("tarif_long"));
		tarifs.put(FormatParcours.LONG_AUGMENTE, rs.getBigDecimal("tarif_long_augmente"));
		tarifs.put(FormatParcours.LONG_INTENSIF, rs.getBigDecimal("tarif_long_intensif"));
		return new Bareme(rs.getInt("numero"), rs.getBigDecimal("enveloppe_coordination"),
				rs.getBigDecimal("ingenierie_binome"), tarifs, rs.getString("motif"),
				rs.getTimestamp("modifie_le").toInstant(), rs.getString("modifie_par"));
	}

	/**
	 * One version of a vague's table.
	 *
	 * @param enveloppe the coordination envelope (70 000 – 100 000 € in the guide)
	 * @param ingenierie the engineering budget of each binôme (≈ 3 000 €)
	 * @param modifiePar the account that saved it; null for the version the vague opened
	 * with before versions were kept
	 */
	public record Bareme(int numero, BigDecimal enveloppe, BigDecimal ingenierie,
			Map<FormatParcours, BigDecimal> tarifs, String motif, Instant modifieLe, String modifiePar) {

		public BigDecimal tarif(FormatParcours format) {
			return tarifs.get(format);
		}

		/**
		 * The tariff of a format named as its enum constant (templates cannot name
		 * enums).
		 */
		public BigDecimal tarifDu(String format) {
			return tarif(FormatParcours.valueOf(format));
		}

	}

	/** A table to put in force, and why it changes. */
	public record NouveauBareme(BigDecimal enveloppe, BigDecimal ingenierie, Map<FormatParcours, BigDecimal> tarifs,
			String motif) {

		public NouveauBareme {
			tarifs = Map.copyOf(tarifs);
		}

		BigDecimal tarif(FormatParcours format) {
			return tarifs.getOrDefault(format, format.budgetIndicatif());
		}

	}

}
