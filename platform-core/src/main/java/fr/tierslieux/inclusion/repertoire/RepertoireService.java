package fr.tierslieux.inclusion.repertoire;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.tierslieux.inclusion.annuaire.TiersLieuRole;
import fr.tierslieux.inclusion.annuaire.TiersLieuTypologie;
import fr.tierslieux.inclusion.commun.AccesRefuseException;
import fr.tierslieux.inclusion.commun.ConflitException;
import fr.tierslieux.inclusion.commun.Curseur;
import fr.tierslieux.inclusion.commun.IntrouvableException;
import fr.tierslieux.inclusion.commun.Tranche;
import fr.tierslieux.inclusion.commun.Tranche.Comptage;
import fr.tierslieux.inclusion.compte.Perimetre;
import fr.tierslieux.inclusion.compte.Role;

/**
 * Reads the directory (open to every signed-in role: places are organisations, not
 * people) and writes a tiers-lieu's profile (its coordination, its facilitators, an
 * administrator).
 */
@Service
@Transactional(readOnly = true)
public class RepertoireService {

	/** Places listed by distance: the nearest ones, not a page through the country. */
	public static final int PROCHES = 30;

	private final JdbcClient sql;

	private final Proximite proximite;

	RepertoireService(JdbcClient sql, Proximite proximite) {
		this.sql = sql;
		this.proximite = proximite;
	}

	/** The networks a tiers-lieu may join: those of its région and the national ones. */
	public List<Choix> reseaux(Long tiersLieuId) {
		return sql.sql("""
				select rs.id, rs.nom from reseau rs
				where rs.region_code is null or rs.region_code = (select d.region_code from tiers_lieu t
				    join departement d on d.code = t.departement_code where t.id = :id)
				order by rs.nom""")
			.param("id", tiersLieuId)
			.query((rs, n) -> new Choix(String.valueOf(rs.getLong(1)), rs.getString(2)))
			.list();
	}

	/** The régions, for the filter (one statement, no entity to load). */
	public List<Choix> regions() {
		return sql.sql("select code, nom from region order by nom")
			.query((rs, n) -> new Choix(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * The départements of a région, by code, labelled {@code 92 Hauts-de-Seine}; without
	 * a région, only the one already chosen, if any (a hundred options make a list nobody
	 * reads, and a page three times as long to render).
	 */
	public List<Choix> departements(String region, String departement) {
		return sql.sql("""
				select code, code || ' ' || nom from departement
				where region_code = :region or code = :departement order by code""")
			.param("region", region)
			.param("departement", departement)
			.query((rs, n) -> new Choix(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** One page of the list, by name. */
	public Tranche<LieuDuRepertoire> lister(Genre genre, FiltreAnnuaire filtre, Curseur curseur) {
		String sens = curseur.enArriere() ? " desc" : "";
		String repere = curseur.repere() == null ? "" : " and (lower(l.nom), l.id) " + (curseur.enArriere() ? "<" : ">")
				+ " (select lower(r.nom), r.id from " + genre.table() + " r where r.id = :repere)";
		List<LieuDuRepertoire> lignes = parametres(sql.sql(colonnes(genre, "null") + " where true" + conditions(filtre)
				+ repere + " order by lower(l.nom)" + sens + ", l.id" + sens + " limit :lire"), filtre)
			.param("repere", curseur.repere())
			.param("lire", curseur.taille() + 1)
			.query((rs, n) -> ligne(rs))
			.list();
		Comptage total = Comptage.de(curseur, lignes.size(),
				() -> parametres(sql.sql(Comptage.requete("select 1 from " + genre.table()
						+ " l join departement d on d.code = l.departement_code where true" + conditions(filtre))),
						filtre)
					.query(Long.class)
					.single());
		return Tranche.lue(lignes, curseur, total, LieuDuRepertoire::id);
	}

	/**
	 * The places nearest a commune (by INSEE code or name), as the crow flies.
	 * @return the commune understood and the places, or an empty result saying why
	 */
	public Proches proches(Genre genre, FiltreAnnuaire filtre, String commune) {
		Proximite.Position position = proximite.position(commune);
		if (position == null) {
			return new Proches(null, List.of());
		}
		String distance = "round(distance_km(:lat, :lon, l.latitude, l.longitude)::numeric, 1)";
		// the nearest ids first, then their columns: typologies are read for 30 rows, not
		// for all
		String plusProches = "select l.id, " + distance + " as distance from " + genre.table()
				+ " l join departement d on d.code = l.departement_code where l.latitude is not null"
				+ conditions(filtre) + " order by distance, l.id limit :n";
		List<LieuDuRepertoire> lieux = parametres(sql.sql(colonnes(genre, "p.distance") + " join (" + plusProches
				+ ") p on p.id = l.id order by p.distance, l.id"), filtre)
			.param("lat", position.latitude())
			.param("lon", position.longitude())
			.param("n", PROCHES)
			.query((rs, n) -> ligne(rs))
			.list();
		return new Proches(position.libelle(), lieux);
	}

	public FicheTiersLieu fiche(Perimetre perimetre, Long id) {
		return sql
			.sql("""
					select t.*, d.nom as departement, r.nom as region, d.region_code, rs.nom as reseau,
					       array(select ty.typologie from tiers_lieu_typologie ty where ty.tiers_lieu_id = t.id order by 1) as typologies
					from tiers_lieu t join departement d on d.code = t.departement_code join region r on r.code = d.region_code
					left join reseau rs on rs.id = t.reseau_id where t.id = :id""")
			.param("id", id)
			.query((rs, n) -> new FicheTiersLieu(rs.getLong("id"), rs.getString("nom"), rs.getString("adresse"),
					rs.getString("code_postal"), rs.getString("commune"), rs.getString("departement"),
					rs.getString("region"), rs.getString("reseau"), rs.getString("siret"), rs.getString("source"),
					rs.getObject("mis_a_jour_le", java.time.LocalDate.class), rs.getString("services"), profil(rs),
					rs.getLong("version"), peutModifier(perimetre, rs.getLong("id"), rs.getString("region_code"))))
			.optional()
			.orElseThrow(() -> new IntrouvableException("tiers-lieu", id));
	}

	/**
	 * Saves the profile if it was edited on the current version (else 409, nothing
	 * saved).
	 */
	@Transactional
	public void modifierProfil(Perimetre perimetre, Long id, long version, ProfilTiersLieu profil) {
		FicheTiersLieu fiche = fiche(perimetre, id);
		if (!fiche.modifiable()) {
			throw new AccesRefuseException("profil du tiers-lieu " + id + " hors du périmètre");
		}
		if (profil.reseauId() != null
				&& reseaux(id).stream().noneMatch(r -> r.code().equals(String.valueOf(profil.reseauId())))) {
			throw new AccesRefuseException("réseau " + profil.reseauId() + " d'une autre région");
		}
		int modifiees = sql.sql("""
				update tiers_lieu set role = :role, capacite_accueil = :capacite, equipements = :equipements,
				       accessible_pmr = :pmr, accessibilite = :accessibilite, site_web = :site, telephone = :telephone,
				       courriels = :courriels, horaires = :horaires, presentation = :presentation, reseau_id = :reseau,
				       version = version + 1
				where id = :id and version = :version""")
			.param("role", profil.role().name())
			.param("capacite", profil.capaciteAccueil())
			.param("equipements", profil.equipements())
			.param("pmr", profil.accessiblePmr())
			.param("accessibilite", profil.accessibilite())
			.param("site", profil.siteWeb())
			.param("telephone", profil.telephone())
			.param("courriels", profil.courriels())
			.param("horaires", profil.horaires())
			.param("presentation", profil.presentation())
			.param("reseau", profil.reseauId())
			.param("id", id)
			.param("version", version)
			.update();
		if (modifiees == 0) {
			throw ConflitException.modificationConcurrente();
		}
		sql.sql("delete from tiers_lieu_typologie where tiers_lieu_id = :id").param("id", id).update();
		for (TiersLieuTypologie typologie : profil.typologies()) {
			sql.sql("insert into tiers_lieu_typologie (tiers_lieu_id, typologie) values (:id, :t)")
				.param("id", id)
				.param("t", typologie.name())
				.update();
		}
	}

	/**
	 * Its coordination (the région of its département), its facilitators, administrators.
	 */
	static boolean peutModifier(Perimetre perimetre, Long id, String region) {
		return perimetre.coordonne(region)
				|| (perimetre.role() == Role.FACILITATEUR && perimetre.tiersLieux().contains(id));
	}

	private static String colonnes(Genre genre, String distance) {
		String genres = genre == Genre.TIERS_LIEUX
				? "array(select ty.typologie from tiers_lieu_typologie ty where ty.tiers_lieu_id = l.id order by 1)"
				: "array[l.type]";
		String source = genre == Genre.TIERS_LIEUX ? "l.source" : "null";
		return "select l.id, l.nom, l.commune, l.code_postal, d.nom as departement, " + genres + " as genres, " + source
				+ " as source, " + distance + " as distance from " + genre.table()
				+ " l join departement d on d.code = l.departement_code";
	}

	/** Only the criteria given are written: each keeps PostgreSQL's plan simple. */
	static String conditions(FiltreAnnuaire filtre) {
		StringBuilder conditions = new StringBuilder();
		if (filtre.region() != null) {
			conditions.append(" and d.region_code = :region");
		}
		if (filtre.departement() != null) {
			conditions.append(" and l.departement_code = :departement");
		}
		if (filtre.typologie() != null) {
			conditions.append(
					" and exists (select 1 from tiers_lieu_typologie ty where ty.tiers_lieu_id = l.id and ty.typologie = :typologie)");
		}
		if (filtre.texte() != null) {
			conditions.append(" and (lower(l.nom) like :motif or lower(l.commune) like :motif)");
		}
		return conditions.toString();
	}

	static JdbcClient.StatementSpec parametres(JdbcClient.StatementSpec requete, FiltreAnnuaire filtre) {
		return requete.param("region", filtre.region())
			.param("departement", filtre.departement())
			.param("typologie", filtre.typologie() == null ? null : filtre.typologie().name())
			.param("motif",
					filtre.texte() == null ? null
							: "%" + filtre.texte()
								.toLowerCase(Locale.ROOT)
								.replace("\\", "\\\\")
								.replace("%", "\\%")
								.replace("_", "\\_") + "%");
	}

	private static LieuDuRepertoire ligne(ResultSet rs) throws SQLException {
		Array genres = rs.getArray("genres");
		Double distance = rs.getObject("distance") == null ? null : rs.getDouble("distance");
		return new LieuDuRepertoire(rs.getLong("id"), rs.getString("nom"), rs.getString("commune"),
				rs.getString("code_postal"), rs.getString("departement"),
				genres == null ? List.of() : Arrays.asList((String[]) genres.getArray()), rs.getString("source"),
				distance);
	}

	private static ProfilTiersLieu profil(ResultSet rs) throws SQLException {
		Set<TiersLieuTypologie> typologies = EnumSet.noneOf(TiersLieuTypologie.class);
		for (String t : (String[]) rs.getArray("typologies").getArray()) {
			typologies.add(TiersLieuTypologie.valueOf(t));
		}
		Integer capacite = rs.getObject("capacite_accueil") == null ? null : rs.getInt("capacite_accueil");
		return new ProfilTiersLieu(TiersLieuRole.valueOf(rs.getString("role")), typologies, capacite,
				rs.getString("equipements"), rs.getBoolean("accessible_pmr"), rs.getString("accessibilite"),
				rs.getString("site_web"), rs.getString("telephone"), rs.getString("courriels"),
				rs.getString("horaires"), rs.getString("presentation"), rs.getObject("reseau_id", Long.class));
	}

	/**
	 * The places nearest a commune.
	 *
	 * @param commune the commune understood ({@code Ajaccio (2A)}), null when none was
	 */
	public record Proches(String commune, List<LieuDuRepertoire> lieux) {

		public Proches {
			lieux = List.copyOf(lieux);
		}

	}

}
