package fr.tierslieux.inclusion.parcours;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.audit.JournalAdministration;
import fr.tierslieux.inclusion.audit.ObjetAdministre;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.compte.Perimetre;

/**
 * The vagues a coordination opens in its régions, each with its tariff table: the
 * indicative budget of a parcours by format, which the canvas of T1 starts from.
 */
@Service
@Transactional
public class VagueService {

	private final JdbcClient sql;

	private final JournalAdministration journal;

	VagueService(JdbcClient sql, JournalAdministration journal) {
		this.sql = sql;
		this.journal = journal;
	}

	/** The guide's tariffs, offered when a vague is opened. */
	public static Map<FormatParcours, BigDecimal> tarifsDuGuide() {
		Map<FormatParcours, BigDecimal> tarifs = new EnumMap<>(FormatParcours.class);
		for (FormatParcours format : FormatParcours.values()) {
			tarifs.put(format, format.budgetIndicatif());
		}
		return tarifs;
	}

	@Transactional(readOnly = true)
	public boolean nomPris(String region, String nom) {
		return sql.sql("select exists (select 1 from vague where region_code = :region and lower(nom) = lower(:nom))")
			.param("region", region)
			.param("nom", nom)
			.query(Boolean.class)
			.single();
	}

	public Long ouvrir(Perimetre qui, NouvelleVague vague) {
		if (!qui.coordonne(vague.region())) {
			throw new AccesRefuseException("vague hors des régions de " + qui.identifiant());
		}
		Long id = sql.sql("""
				insert into vague (nom, region_code, debut, fin, enveloppe_budget)
				values (:nom, :region, :debut, :fin, :enveloppe) returning id""")
			.param("nom", vague.nom())
			.param("region", vague.region())
			.param("debut", Date.valueOf(vague.debut()))
			.param("fin", Date.valueOf(vague.fin()))
			.param("enveloppe", vague.enveloppe())
			.query(Long.class)
			.single();
		vague.tarifs()
			.forEach((format, montant) -> sql
				.sql("update tarif_vague set montant = :montant where vague_id = :id and format = :format")
				.param("id", id)
				.param("format", format.name())
				.param("montant", montant)
				.update());
		sql.sql("""
				update bareme_vague set tarif_court = :court, tarif_long = :long, tarif_long_augmente = :augmente,
				                        tarif_long_intensif = :intensif, modifie_par = :par
				where vague_id = :id and numero = 1""")
			.param("id", id)
			.param("court", vague.tarif(FormatParcours.COURT))
			.param("long", vague.tarif(FormatParcours.LONG))
			.param("augmente", vague.tarif(FormatParcours.LONG_AUGMENTE))
			.param("intensif", vague.tarif(FormatParcours.LONG_INTENSIF))
			.param("par", qui.identifiant())
			.update();
		journal.noter(qui.identifiant(), ObjetAdministre.VAGUE, vague.nom(), "OUVERTURE",
				vague.region() + ", du " + vague.debut() + " au " + vague.fin() + ", enveloppe " + vague.enveloppe());
		return id;
	}

	/** The reader's vagues, newest first, with their tariffs and number of binômes. */
	@Transactional(readOnly = true)
	public List<VagueLigne> vagues(Perimetre qui) {
		Map<Long, Map<FormatParcours, BigDecimal>> tarifs = new LinkedHashMap<>();
		sql.sql("""
				select t.vague_id, t.format, t.montant from tarif_vague t join vague v on v.id = t.vague_id
				where :tout or v.region_code in (:regions)""")
			.param("tout", qui.voitTout())
			.param("regions", qui.regionsOuAucune())
			.query((rs, n) -> tarifs.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(FormatParcours.class))
				.put(FormatParcours.valueOf(rs.getString(2)), rs.getBigDecimal(3)))
			.list();
		return sql.sql("""
				select v.id, v.nom, r.nom as region, v.debut, v.fin, v.enveloppe_budget,
				       (select count(*) from binome b where b.vague_id = v.id) as binomes
				from vague v join region r on r.code = v.region_code
				where :tout or v.region_code in (:regions) order by v.debut desc, v.id desc""")
			.param("tout", qui.voitTout())
			.param("regions", qui.regionsOuAucune())
			.query((rs, n) -> new VagueLigne(rs.getLong("id"), rs.getString("nom"), rs.getString("region"),
					rs.getObject("debut", LocalDate.class), rs.getObject("fin", LocalDate.class),
					rs.getBigDecimal("enveloppe_budget"), tarifs.getOrDefault(rs.getLong("id"), Map.of()),
					rs.getLong("binomes")))
			.list();
	}

	/**
	 * A vague to open.
	 *
	 * @param enveloppe the coordination envelope (70 000 – 100 000 € in the guide)
	 * @param tarifs the indicative budget of each format
	 */
	public record NouvelleVague(String nom, String region, LocalDate debut, LocalDate fin, BigDecimal enveloppe,
			Map<FormatParcours, BigDecimal> tarifs) {

		/** The tariff of a format, the guide's when the form left it out. */
		BigDecimal tarif(FormatParcours format) {
			return tarifs.getOrDefault(format, format.budgetIndicatif());
		}

	}

	/** A vague as its list shows it. */
	public record VagueLigne(Long id, String nom, String region, LocalDate debut, LocalDate fin, BigDecimal enveloppe,
			Map<FormatParcours, BigDecimal> tarifs, long binomes) {
	}

}
