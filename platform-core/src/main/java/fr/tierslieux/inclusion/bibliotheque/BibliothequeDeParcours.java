package fr.tierslieux.inclusion.bibliotheque;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.binome.Cote;
import fr.tierslieux.inclusion.binome.LectureDesBinomes.EnTete;
import fr.tierslieux.inclusion.binome.LectureDesBinomes;
import fr.tierslieux.inclusion.binome.Phase;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.SaisieRefuseeException;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;
import fr.tierslieux.inclusion.parcours.FormatParcours;
import fr.tierslieux.inclusion.parcours.TypologieParcours;

/**
 * The library of parcours. A validated parcours is published by its binôme's referents or
 * coordination: a copy of its pedagogical canvas (what, for whom, how, which competences)
 * without its place, dates, capacity or anybody's name; anyone searches it by typologie,
 * format, competence and région; a binôme in T1 takes one up as the start of its own
 * canvas, which remembers where it came from (and so will its own publication).
 */
@Service
@Transactional(readOnly = true)
public class BibliothequeDeParcours {

	public static final int RESULTATS = 50;

	private static final String COLONNES = """
			pp.id, pp.parcours_id, pp.region_code, r.nom as region, pp.intitule, pp.typologie, pp.format, pp.profils,
			pp.objectifs, pp.preparation, pp.phase_decouverte, pp.phase_apprentissage, pp.phase_pratique,
			pp.phase_projet, pp.evaluation, pp.origine_id, o.intitule as origine, pp.publie_le,
			(select string_agg(k.genre || ':' || k.code, ' ' order by k.genre, k.code) from parcours_publie_carte k
			 where k.parcours_publie_id = pp.id) as cartes,
			(select count(*) from canevas c where c.modele_id = pp.id) as reprises
			from parcours_publie pp join region r on r.code = pp.region_code
			left join parcours_publie o on o.id = pp.origine_id""";

	private final JdbcClient sql;

	private final LectureDesBinomes binomes;

	private final Clock clock;

	BibliothequeDeParcours(JdbcClient sql, LectureDesBinomes binomes, Clock clock) {
		this.sql = sql;
		this.binomes = binomes;
		this.clock = clock;
	}

	/**
	 * Publishes the parcours the binôme's canvas created (again: its latest canvas
	 * replaces the copy).
	 * @throws ConflitException before the coordination validated the canvas
	 */
	@Transactional
	public Long publier(Perimetre qui, Long binomeId) {
		EnTete binome = binomes.entete(qui, binomeId, true);
		if (binome.coteDe(qui) == null && !binome.coordonnePar(qui)) {
			throw new AccesRefuseException("les référents du binôme et sa coordination publient son parcours");
		}
		Long canevas = sql.sql("select id from canevas where binome_id = :b and parcours_id is not null")
			.param("b", binomeId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ConflitException("conflit.parcoursPasValide"));
		Long id = sql
			.sql("""
					insert into parcours_publie (parcours_id, region_code, intitule, typologie, format, profils, objectifs,
					  preparation, phase_decouverte, phase_apprentissage, phase_pratique, phase_projet, evaluation,
					  origine_id, publie_par, publie_le)
					select c.parcours_id, :region, c.intitule, c.typologie, c.format, c.profils, c.objectifs, c.preparation,
					  c.phase_decouverte, c.phase_apprentissage, c.phase_pratique, c.phase_projet, c.evaluation, c.modele_id,
					  :par, :le
					from canevas c where c.id = :canevas
					on conflict (parcours_id) do update set intitule = excluded.intitule, typologie = excluded.typologie,
					  format = excluded.format, profils = excluded.profils, objectifs = excluded.objectifs,
					  preparation = excluded.preparation, phase_decouverte = excluded.phase_decouverte,
					  phase_apprentissage = excluded.phase_apprentissage, phase_pratique = excluded.phase_pratique,
					  phase_projet = excluded.phase_projet, evaluation = excluded.evaluation, publie_par = excluded.publie_par,
					  publie_le = excluded.publie_le
					returning id""")
			.param("region", binome.regionCode())
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.param("canevas", canevas)
			.query(Long.class)
			.single();
		sql.sql("delete from parcours_publie_carte where parcours_publie_id = :id").param("id", id).update();
		sql.sql("""
				insert into parcours_publie_carte (parcours_publie_id, genre, code)
				select :id, genre, code from canevas_carte where canevas_id = :canevas and genre in ('PIX', 'DIGCOMP')""")
			.param("id", id)
			.param("canevas", canevas)
			.update();
		return id;
	}

	/**
	 * @param competence a card key ({@code PIX:1.1}); any filter may be null
	 */
	public List<ParcoursPublie> chercher(TypologieParcours typologie, FormatParcours format, String competence,
			String region) {
		return sql.sql("select " + COLONNES + """

				where (cast(:typologie as varchar) is null or pp.typologie = :typologie)
				  and (cast(:format as varchar) is null or pp.format = :format)
				  and (cast(:region as varchar) is null or pp.region_code = :region)
				  and (cast(:competence as varchar) is null or exists (select 1 from parcours_publie_carte k
				       where k.parcours_publie_id = pp.id and k.genre || ':' || k.code = :competence))
				order by pp.publie_le desc, pp.id desc limit :limite""")
			.param("typologie", typologie == null ? null : typologie.name())
			.param("format", format == null ? null : format.name())
			.param("region", region == null || region.isBlank() ? null : region)
			.param("competence", competence == null || competence.isBlank() ? null : competence)
			.param("limite", RESULTATS)
			.query(BibliothequeDeParcours::publie)
			.list();
	}

	public ParcoursPublie parcours(Long id) {
		return sql.sql("select " + COLONNES + " where pp.id = :id")
			.param("id", id)
			.query(BibliothequeDeParcours::publie)
			.optional()
			.orElseThrow(() -> new IntrouvableException("parcours publié", id));
	}

	/**
	 * The binômes in T1 the reader co-builds a canvas for: where a model may be taken up.
	 */
	public List<BinomeEnT1> binomesOuReprendre(Perimetre qui) {
		if (qui.tiersLieux().isEmpty() && qui.agences().isEmpty()) {
			return List.of();
		}
		return sql.sql("""
				select bi.id, t.nom, a.nom from binome bi join tiers_lieu t on t.id = bi.tiers_lieu_id
				join agence a on a.id = bi.agence_id
				where bi.phase = 'T1' and (bi.tiers_lieu_id in (:lieux) or bi.agence_id in (:agences))
				order by t.nom, bi.id""")
			.param("lieux", qui.tiersLieuxOuAucun())
			.param("agences", qui.agencesOuAucune())
			.query((rs, n) -> new BinomeEnT1(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * A referent of a binôme in T1 starts its canvas from a published parcours.
	 * @param binomeId null when the form named none
	 * @throws AccesRefuseException for a role that writes no canvas
	 * @throws SaisieRefuseeException (field {@code binome}) when no binôme is named
	 * @throws ConflitException outside T1, or when the canvas already holds content
	 */
	@Transactional
	public void reprendre(Perimetre qui, Long modeleId, Long binomeId) {
		if (qui.role() != Role.CONSEILLER && qui.role() != Role.FACILITATEUR) {
			throw new AccesRefuseException("seuls les référents d'un binôme reprennent un parcours");
		}
		if (binomeId == null) {
			throw new SaisieRefuseeException("binome", "bibliotheque.sansBinome");
		}
		ParcoursPublie modele = parcours(modeleId);
		EnTete binome = binomes.entete(qui, binomeId, true);
		Cote moi = binome.coteDe(qui);
		if (moi == null) {
			throw new AccesRefuseException("les référents du binôme écrivent son canevas");
		}
		if (binome.phase() != Phase.T1) {
			throw new ConflitException("conflit.canevasHorsT1");
		}
		if (sql.sql("select count(*) > 0 from canevas where binome_id = :b and intitule is not null")
			.param("b", binomeId)
			.query(Boolean.class)
			.single()) {
			throw new ConflitException("conflit.canevasCommence");
		}
		sql.sql("insert into canevas (binome_id) values (:b) on conflict (binome_id) do nothing")
			.param("b", binomeId)
			.update();
		Long canevas = sql.sql("""
				update canevas c set intitule = p.intitule, typologie = p.typologie, format = p.format,
				  profils = p.profils, objectifs = p.objectifs, preparation = p.preparation,
				  phase_decouverte = p.phase_decouverte, phase_apprentissage = p.phase_apprentissage,
				  phase_pratique = p.phase_pratique, phase_projet = p.phase_projet, evaluation = p.evaluation,
				  modele_id = p.id, modifie_par = :par, modifie_le = :le, version = c.version + 1
				from parcours_publie p where p.id = :modele and c.binome_id = :b returning c.id""")
			.param("modele", modele.id())
			.param("b", binomeId)
			.param("par", qui.identifiant())
			.param("le", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		sql.sql("delete from canevas_carte where canevas_id = :c").param("c", canevas).update();
		sql.sql("""
				insert into canevas_carte (canevas_id, genre, code)
				select :c, genre, code from parcours_publie_carte where parcours_publie_id = :modele""")
			.param("c", canevas)
			.param("modele", modele.id())
			.update();
	}

	/** The régions some parcours was published in, for the search's filter. */
	public List<Region> regions() {
		return sql.sql("""
				select r.code, r.nom from region r where exists (select 1 from parcours_publie pp
				where pp.region_code = r.code) order by r.nom""")
			.query((rs, n) -> new Region(rs.getString(1), rs.getString(2)))
			.list();
	}

	private static ParcoursPublie publie(ResultSet rs, int n) throws SQLException {
		String cartes = rs.getString("cartes");
		return new ParcoursPublie(rs.getLong("id"), rs.getString("region_code"), rs.getString("region"),
				rs.getString("intitule"), TypologieParcours.valueOf(rs.getString("typologie")),
				FormatParcours.valueOf(rs.getString("format")), rs.getString("profils"), rs.getString("objectifs"),
				rs.getString("preparation"), rs.getString("phase_decouverte"), rs.getString("phase_apprentissage"),
				rs.getString("phase_pratique"), rs.getString("phase_projet"), rs.getString("evaluation"),
				rs.getObject("origine_id", Long.class), rs.getString("origine"),
				rs.getTimestamp("publie_le").toInstant(), cartes == null ? List.of() : List.of(cartes.split(" ")),
				rs.getLong("reprises"));
	}

	/**
	 * @param cartes keys of its Pix and DigComp competences
	 * @param origine the model it started from, if any
	 * @param reprises how many canvases started from it
	 */
	public record ParcoursPublie(Long id, String regionCode, String region, String intitule,
			TypologieParcours typologie, FormatParcours format, String profils, String objectifs, String preparation,
			String phaseDecouverte, String phaseApprentissage, String phasePratique, String phaseProjet,
			String evaluation, Long origineId, String origine, Instant publieLe, List<String> cartes, long reprises) {
	}

	public record BinomeEnT1(Long id, String tiersLieu, String agence) {
	}

	public record Region(String code, String nom) {
	}

}
