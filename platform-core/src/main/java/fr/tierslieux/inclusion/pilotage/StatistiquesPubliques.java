package fr.tierslieux.inclusion.pilotage;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.ChiffresGardes;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.parcours.TypologieParcours;
import fr.tierslieux.inclusion.progression.Echeance;
import fr.tierslieux.inclusion.restitution.Secret;

/**
 * The public statistics of a région, once its coordination publishes them: aggregates of
 * the cockpit only, any count of 1 to 4 people hidden and no rate computed on fewer than
 * 5. Anyone may read them without an account: they are computed at most every 5 minutes
 * per région, so that a public page cannot be used to load the database.
 */
@Service
@Transactional(readOnly = true)
public class StatistiquesPubliques {

	static final Duration FRAICHEUR = Duration.ofMinutes(5);

	private final JdbcClient sql;

	private final Cockpit cockpit;

	private final Clock horloge;

	private final ChiffresGardes<String, Statistiques> gardes;

	StatistiquesPubliques(JdbcClient sql, Cockpit cockpit, Clock horloge) {
		this.sql = sql;
		this.cockpit = cockpit;
		this.horloge = horloge;
		this.gardes = new ChiffresGardes<>(FRAICHEUR, horloge, 100);
	}

	public boolean publiees(String region) {
		return sql.sql("select exists (select 1 from statistiques_publiques where region_code = :region)")
			.param("region", region)
			.query(Boolean.class)
			.single();
	}

	/** Publishes or withdraws the région's statistics: its coordination or an admin. */
	@Transactional
	public void publier(Perimetre qui, String region, boolean publier) {
		if (!qui.coordonne(region)) {
			throw new AccesRefuseException(qui.identifiant() + " ne coordonne pas la région " + region);
		}
		// the admin coordinates every région: one that does not exist is still no région
		if (sql.sql("select count(*) from region where code = :region")
			.param("region", region)
			.query(Integer.class)
			.single() == 0) {
			throw new IntrouvableException("région", region);
		}
		if (publier) {
			sql.sql("""
					insert into statistiques_publiques (region_code, publiees_le, publiees_par) values (:region, :le, :par)
					on conflict (region_code) do nothing""")
				.param("region", region)
				.param("le", Timestamp.from(horloge.instant()))
				.param("par", qui.identifiant())
				.update();
		}
		else {
			sql.sql("delete from statistiques_publiques where region_code = :region").param("region", region).update();
		}
		gardes.oublier(region);
	}

	/** The régions the reader coordinates, and whether each is published. */
	public List<Publication> publications(Perimetre qui) {
		return sql.sql("""
				select r.code, r.nom, s.region_code is not null as publiee from region r
				left join statistiques_publiques s on s.region_code = r.code
				where :tout or (:coordination and r.code in (:regions)) order by r.nom""")
			.param("tout", qui.voitTout())
			.param("coordination", qui.role() == Role.COORDINATEUR)
			.param("regions", qui.regionsOuAucune())
			.query((rs, n) -> new Publication(rs.getString("code"), rs.getString("nom"), rs.getBoolean("publiee")))
			.list();
	}

	/** A région and whether its statistics are public. */
	public record Publication(String region, String nom, boolean publiee) {
	}

	/** The région's statistics, if published. */
	public Optional<Statistiques> statistiques(String region) {
		Optional<String> nom = sql.sql("""
				select r.nom from statistiques_publiques s join region r on r.code = s.region_code
				where s.region_code = :region""").param("region", region).query(String.class).optional();
		if (nom.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(gardes.lire(region, () -> calculer(region, nom.get())));
	}

	private Statistiques calculer(String region, String nom) {
		Perimetre public_ = new Perimetre("public", Role.PILOTE, Set.of(region), Set.of(), Set.of());
		Pilotage p = cockpit.pilotage(public_, FiltresDuCockpit.AUCUN);
		Indicateurs t = p.totaux();
		Map<TypologieParcours, Long> personnes = new EnumMap<>(TypologieParcours.class);
		p.parTypologie()
			.forEach(r -> personnes.put(TypologieParcours.valueOf(r.cle()), r.indicateurs().beneficiaires()));
		Map<TypologieParcours, Long> masquees = Secret.repartition(TypologieParcours.class, personnes);
		List<LigneParTypologie> parTypologie = p.parTypologie()
			.stream()
			.map(r -> new LigneParTypologie(r.cle(), r.indicateurs().parcours(), r.indicateurs().ateliersParParcours(),
					r.indicateurs().minutes(), masquees.get(TypologieParcours.valueOf(r.cle()))))
			.toList();
		Map<Echeance, Integer> sorties = new EnumMap<>(Echeance.class);
		p.sorties()
			.forEach((echeance, s) -> sorties.put(echeance, Secret.taux(s.dynamiques(), s.relevees(), s.relevees())));
		return new Statistiques(region, nom, t.parcours(), t.ateliers(), t.minutes(), t.tiersLieux(),
				Secret.compte(t.beneficiaires()),
				Secret.taux(p.assiduite().presents(), p.assiduite().emargements(), t.beneficiaires()),
				sorties.get(Echeance.M3), sorties.get(Echeance.M6), parTypologie, horloge.instant());
	}

	/**
	 * What the public page shows; a null count or rate is hidden (fewer than 5 people).
	 */
	public record Statistiques(String region, String nom, long parcours, long ateliers, long minutes, long tiersLieux,
			Long personnes, Integer tauxDePresence, Integer sortiesPositivesM3, Integer sortiesPositivesM6,
			List<LigneParTypologie> parTypologie, Instant calculeesLe) {

		public Statistiques {
			parTypologie = List.copyOf(parTypologie);
		}

	}

	/** One typologie's line; {@code personnes} null when hidden. */
	public record LigneParTypologie(String typologie, long parcours, BigDecimal ateliersParParcours, long minutes,
			Long personnes) {
	}

}
