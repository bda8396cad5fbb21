package fr.tierslieux.inclusion.annuaire;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.tierslieux.inclusion.fichier.ContexteImport;
import fr.tierslieux.inclusion.fichier.Importeur;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.territoire.Geographie;

/**
 * What the three imports of places share: a place is recognised by the médiation
 * numérique standard's {@code id}, else by its name and commune; new places are inserted
 * in one batch, known ones completed; possible duplicates are flagged at the end.
 */
abstract class ImportDeLieux implements Importeur<LieuImporte> {

	private static final String COLONNES = """
			t.identifiant_standard, t.nom, t.siret, t.adresse, t.code_postal, t.commune, t.code_insee,
			t.departement_code, t.latitude, t.longitude, t.site_web, t.source, t.telephone, t.courriels, t.horaires,
			t.presentation, t.services, t.mis_a_jour_le,
			array(select ty.typologie from tiers_lieu_typologie ty where ty.tiers_lieu_id = t.id) as typologies""";

	protected final JdbcClient sql;

	protected final JdbcTemplate jdbc;

	protected final Geographie geographie;

	private final DoublonsPossibles doublons;

	ImportDeLieux(JdbcClient sql, JdbcTemplate jdbc, Geographie geographie, DoublonsPossibles doublons) {
		this.sql = sql;
		this.jdbc = jdbc;
		this.geographie = geographie;
		this.doublons = doublons;
	}

	@Override
	public String cle(LieuImporte valeur) {
		return valeur.identifiantStandard() != null ? "id:" + valeur.identifiantStandard() : cleNomCommune(valeur);
	}

	/**
	 * Name and commune, written the same whatever the source: the commune's name within
	 * its département (INSEE codes are missing from many rows, and a row without one must
	 * meet the same place as a row with one).
	 */
	static String cleNomCommune(LieuImporte lieu) {
		return "nc:" + Nettoyage.cle(lieu.nom()) + "|" + lieu.departement() + "|" + Nettoyage.cle(lieu.commune());
	}

	/**
	 * Matches rows with places: by the standard's id, else by name and commune among the
	 * places that the standard does not identify otherwise.
	 */
	@Override
	public Map<String, Existant<LieuImporte>> existants(List<LieuImporte> valeurs) {
		List<String> identifiants = valeurs.stream()
			.map(LieuImporte::identifiantStandard)
			.filter(i -> i != null)
			.toList();
		List<String> departements = valeurs.stream().map(LieuImporte::departement).distinct().toList();
		Map<String, Existant<LieuImporte>> parIdentifiant = new HashMap<>();
		Map<String, Existant<LieuImporte>> parNomCommune = new HashMap<>();
		sql.sql("select t.id, " + COLONNES + """
				 from tiers_lieu t
				where t.identifiant_standard in (:identifiants) or t.departement_code in (:departements)
				order by t.id""")
			.param("identifiants", identifiants.isEmpty() ? List.of("") : identifiants)
			.param("departements", departements)
			.query((rs, n) -> new Existant<>(rs.getLong("id"), lieu(rs)))
			.list()
			.forEach(e -> {
				if (e.valeur().identifiantStandard() != null) {
					parIdentifiant.put(e.valeur().identifiantStandard(), e);
				}
				parNomCommune.putIfAbsent(cleNomCommune(e.valeur()), e);
			});
		Map<String, Existant<LieuImporte>> existants = new HashMap<>();
		for (LieuImporte valeur : valeurs) {
			Existant<LieuImporte> existant = valeur.identifiantStandard() == null ? null
					: parIdentifiant.get(valeur.identifiantStandard());
			if (existant == null) {
				existant = parNomCommune.get(cleNomCommune(valeur));
				String autre = existant == null ? null : existant.valeur().identifiantStandard();
				if (autre != null && !autre.equals(valeur.identifiantStandard())) {
					existant = null; // another place of the standard that bears the same
										// name
				}
			}
			if (existant != null) {
				existants.put(cle(valeur), existant);
			}
		}
		return existants;
	}

	@Override
	public LieuImporte aEcrire(LieuImporte valeur, Existant<LieuImporte> existant) {
		if (existant == null) {
			return valeur;
		}
		LieuImporte complete = valeur.completer(existant.valeur());
		return complete.equals(existant.valeur()) ? null : complete;
	}

	@Override
	public void ecrire(List<Existant<LieuImporte>> ecritures) {
		List<Existant<LieuImporte>> nouveaux = ecritures.stream().filter(e -> e.id() == null).toList();
		List<Long> ids = nouveaux.isEmpty() ? List.of()
				: sql.sql("select nextval(pg_get_serial_sequence('tiers_lieu', 'id')) from generate_series(1, :n)")
					.param("n", nouveaux.size())
					.query(Long.class)
					.list();
		List<Existant<LieuImporte>> avecId = new ArrayList<>();
		for (int i = 0; i < nouveaux.size(); i++) {
			avecId.add(new Existant<>(ids.get(i), nouveaux.get(i).valeur()));
		}
		jdbc.batchUpdate("""
				insert into tiers_lieu (identifiant_standard, nom, siret, adresse, code_postal, commune, code_insee,
				    departement_code, latitude, longitude, site_web, source, telephone, courriels, horaires,
				    presentation, services, mis_a_jour_le, id, role)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RESSOURCE')""", avecId, avecId.size(),
				(ps, e) -> parametres(ps, e));
		List<Existant<LieuImporte>> connus = ecritures.stream().filter(e -> e.id() != null).toList();
		jdbc.batchUpdate("""
				update tiers_lieu set identifiant_standard = ?, nom = ?, siret = ?, adresse = ?, code_postal = ?,
				    commune = ?, code_insee = ?, departement_code = ?, latitude = ?, longitude = ?, site_web = ?,
				    source = ?, telephone = ?, courriels = ?, horaires = ?, presentation = ?, services = ?,
				    mis_a_jour_le = ?, version = version + 1
				where id = ?""", connus, connus.size(), (ps, e) -> parametres(ps, e));
		List<Existant<LieuImporte>> tous = new ArrayList<>(avecId);
		tous.addAll(connus);
		List<Object[]> typologies = new ArrayList<>();
		tous.forEach(e -> e.valeur().typologies().forEach(t -> typologies.add(new Object[] { e.id(), t.name() })));
		jdbc.batchUpdate("""
				insert into tiers_lieu_typologie (tiers_lieu_id, typologie) values (?, ?)
				on conflict do nothing""", typologies);
	}

	@Override
	public void terminer(ContexteImport contexte) {
		doublons.signaler(contexte.maintenant());
	}

	private static void parametres(PreparedStatement ps, Existant<LieuImporte> e) throws SQLException {
		LieuImporte l = e.valeur();
		ps.setString(1, l.identifiantStandard());
		ps.setString(2, l.nom());
		ps.setString(3, l.siret());
		ps.setString(4, l.adresse());
		ps.setString(5, l.codePostal());
		ps.setString(6, l.commune());
		ps.setString(7, l.codeInsee());
		ps.setString(8, l.departement());
		ps.setObject(9, l.latitude(), Types.NUMERIC);
		ps.setObject(10, l.longitude(), Types.NUMERIC);
		ps.setString(11, l.siteWeb());
		ps.setString(12, l.source());
		ps.setString(13, l.telephone());
		ps.setString(14, l.courriels());
		ps.setString(15, l.horaires());
		ps.setString(16, l.presentation());
		ps.setString(17, l.services());
		ps.setObject(18, l.misAJourLe() == null ? null : Date.valueOf(l.misAJourLe()), Types.DATE);
		ps.setLong(19, (Long) e.id());
	}

	private static LieuImporte lieu(ResultSet rs) throws SQLException {
		Set<TiersLieuTypologie> typologies = EnumSet.noneOf(TiersLieuTypologie.class);
		for (String t : (String[]) rs.getArray("typologies").getArray()) {
			typologies.add(TiersLieuTypologie.valueOf(t));
		}
		Date maj = rs.getDate("mis_a_jour_le");
		return new LieuImporte(rs.getString("identifiant_standard"), rs.getString("nom"), rs.getString("siret"),
				rs.getString("adresse"), rs.getString("code_postal"), rs.getString("commune"),
				rs.getString("code_insee"), rs.getString("departement_code"), rs.getBigDecimal("latitude"),
				rs.getBigDecimal("longitude"), rs.getString("site_web"), typologies, rs.getString("source"),
				rs.getString("telephone"), rs.getString("courriels"), rs.getString("horaires"),
				rs.getString("presentation"), rs.getString("services"), maj == null ? null : maj.toLocalDate());
	}

}
