package fr.tierslieux.inclusion.importation;

import fr.tierslieux.inclusion.fichier.Encodage;
import fr.tierslieux.inclusion.fichier.Nettoyage;
import fr.tierslieux.inclusion.fichier.OptionsDeLecture;
import fr.tierslieux.inclusion.fichier.Probleme;
import fr.tierslieux.inclusion.fichier.TypeImport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.tierslieux.inclusion.compte.Perimetre;

/** The import records and their reports, in SQL. */
@Repository
class Importations {

	private static final String VUE = """
			select i.id, i.type, i.nom_fichier, i.taille, i.encodage, i.separateur, i.avec_entete, i.statut,
			       u.nom_affiche, i.cree_le, i.debut, i.fin, i.traitees, i.lignes, i.nouvelles, i.modifiees,
			       i.inchangees, i.rejetees, i.avertissements, i.message, i.correspondance
			from importation i join utilisateur u on u.id = i.auteur_id
			""";

	/** Admins see every import; others the ones they made. */
	private static final String PERIMETRE = " (:tout or i.auteur_id = :auteur) ";

	private final JdbcClient sql;

	private final JdbcTemplate jdbc;

	Importations(JdbcClient sql, JdbcTemplate jdbc) {
		this.sql = sql;
		this.jdbc = jdbc;
	}

	Long creer(TypeImport type, String nomFichier, byte[] contenu, OptionsDeLecture options, Long auteurId,
			Instant maintenant) {
		return sql.sql("""
				insert into importation (type, nom_fichier, taille, contenu, encodage, separateur, avec_entete,
				                         statut, auteur_id, cree_le)
				values (:type, :nom, :taille, :contenu, :encodage, :separateur, :entete, 'APERCU', :auteur, :maintenant)
				returning id""")
			.param("type", type.name())
			.param("nom", nomFichier)
			.param("taille", contenu.length)
			.param("contenu", contenu)
			.param("encodage", options.encodage().name())
			.param("separateur", String.valueOf(options.separateur()))
			.param("entete", options.avecEntete())
			.param("auteur", auteurId)
			.param("maintenant", Timestamp.from(maintenant))
			.query(Long.class)
			.single();
	}

	Optional<ImportVue> vue(Long id, Perimetre perimetre, Long auteurId) {
		return sql.sql(VUE + " where i.id = :id and" + PERIMETRE)
			.param("id", id)
			.param("tout", perimetre.voitTout())
			.param("auteur", auteurId)
			.query(Importations::vue)
			.optional();
	}

	/** The latest imports, newest first. */
	List<ImportVue> dernieres(Perimetre perimetre, Long auteurId, int nombre) {
		return sql.sql(VUE + " where" + PERIMETRE + " order by i.id desc limit :n")
			.param("tout", perimetre.voitTout())
			.param("auteur", auteurId)
			.param("n", nombre)
			.query(Importations::vue)
			.list();
	}

	/** The file and how to read it, to run the import. */
	Optional<Fichier> fichier(Long id) {
		return sql
			.sql("""
					select i.type, i.contenu, i.encodage, i.separateur, i.avec_entete, i.correspondance, u.identifiant
					from importation i join utilisateur u on u.id = i.auteur_id where i.id = :id and i.contenu is not null""")
			.param("id", id)
			.query((rs, n) -> new Fichier(TypeImport.valueOf(rs.getString("type")), rs.getBytes("contenu"), options(rs),
					Correspondance.lire(rs.getString("correspondance")), rs.getString("identifiant")))
			.optional();
	}

	void changerLecture(Long id, OptionsDeLecture options, Map<String, String> correspondance) {
		sql.sql("""
				update importation set encodage = :encodage, separateur = :separateur, avec_entete = :entete,
				       correspondance = :correspondance, version = version + 1
				where id = :id and statut = 'APERCU'""")
			.param("id", id)
			.param("encodage", options.encodage().name())
			.param("separateur", String.valueOf(options.separateur()))
			.param("entete", options.avecEntete())
			.param("correspondance", Correspondance.ecrire(correspondance))
			.update();
	}

	/**
	 * Records a preview's or a run's counts and report (the report replaces the previous
	 * one).
	 */
	void enregistrerAnalyse(Long id, Bilan bilan, List<Probleme> problemes) {
		sql.sql("""
				update importation set lignes = :lignes, nouvelles = :nouvelles, modifiees = :modifiees,
				       inchangees = :inchangees, rejetees = :rejetees, avertissements = :avertissements
				where id = :id""")
			.param("id", id)
			.param("lignes", bilan.lignes())
			.param("nouvelles", bilan.nouvelles())
			.param("modifiees", bilan.modifiees())
			.param("inchangees", bilan.inchangees())
			.param("rejetees", bilan.rejetees())
			.param("avertissements", bilan.avertissements())
			.update();
		sql.sql("delete from importation_probleme where importation_id = :id").param("id", id).update();
		jdbc.batchUpdate("""
				insert into importation_probleme (importation_id, ligne, champ, valeur, motif, rejet)
				values (?, ?, ?, ?, ?, ?)""", problemes, 1000, (ps, p) -> {
			ps.setLong(1, id);
			ps.setInt(2, p.ligne());
			ps.setString(3, p.champ());
			ps.setString(4, p.valeur());
			ps.setString(5, Nettoyage.tronquer(p.motif(), 500));
			ps.setBoolean(6, p.rejet());
		});
	}

	/** APERCU → EN_COURS, once: false when somebody already started or dropped it. */
	boolean demarrer(Long id, Instant maintenant) {
		return sql
			.sql("""
					update importation set statut = 'EN_COURS', debut = :maintenant, avance_le = :maintenant, traitees = 0, version = version + 1
					where id = :id and statut = 'APERCU'""")
			.param("id", id)
			.param("maintenant", Timestamp.from(maintenant))
			.update() == 1;
	}

	boolean abandonner(Long id) {
		return sql.sql("""
				update importation set statut = 'ABANDONNE', contenu = null, version = version + 1
				where id = :id and statut = 'APERCU'""").param("id", id).update() == 1;
	}

	void avancer(Long id, int lignes, int traitees, Instant maintenant) {
		sql.sql("update importation set lignes = :lignes, traitees = :traitees, avance_le = :maintenant where id = :id")
			.param("id", id)
			.param("maintenant", Timestamp.from(maintenant))
			.param("lignes", lignes)
			.param("traitees", traitees)
			.update();
	}

	/** The end of a run: the file is no longer needed, its report stays. */
	void terminer(Long id, StatutImport statut, String message, Instant maintenant) {
		sql.sql("""
				update importation set statut = :statut, message = :message, fin = :maintenant, contenu = null,
				       traitees = case when :statut = 'TERMINE' then lignes else traitees end, version = version + 1
				where id = :id""")
			.param("id", id)
			.param("statut", statut.name())
			.param("message", Nettoyage.tronquer(message, 500))
			.param("maintenant", Timestamp.from(maintenant))
			.update();
	}

	/**
	 * Imports whose instance stopped (no lot written since {@code sansNouvellesDepuis}):
	 * their lots already written are kept, the rest will not come.
	 * @return how many were closed
	 */
	int cloreLesInterrompus(Instant maintenant, Instant sansNouvellesDepuis) {
		return sql
			.sql("""
					update importation set statut = 'ECHEC', fin = :maintenant, contenu = null, version = version + 1,
					       message = 'Import interrompu par un arrêt de l''application : les lots déjà écrits sont gardés ; déposez le fichier à nouveau pour terminer (rien ne sera créé en double).'
					where statut = 'EN_COURS' and coalesce(avance_le, debut) < :sansNouvelles""")
			.param("maintenant", Timestamp.from(maintenant))
			.param("sansNouvelles", Timestamp.from(sansNouvellesDepuis))
			.update();
	}

	/** The report, line by line, in file order; {@code limite} rows at most. */
	List<Probleme> problemes(Long id, int limite) {
		return sql.sql("""
				select ligne, champ, valeur, motif, rejet from importation_probleme
				where importation_id = :id order by ligne, id limit :limite""")
			.param("id", id)
			.param("limite", limite)
			.query((rs, n) -> new Probleme(rs.getInt("ligne"), rs.getString("champ"), rs.getString("valeur"),
					rs.getString("motif"), rs.getBoolean("rejet")))
			.list();
	}

	/** The whole report, streamed (for the CSV download). */
	void parcourirProblemes(Long id, Consumer<Probleme> lecteur) {
		jdbc.query("""
				select ligne, champ, valeur, motif, rejet from importation_probleme
				where importation_id = ? order by ligne, id""", rs -> {
			lecteur.accept(new Probleme(rs.getInt("ligne"), rs.getString("champ"), rs.getString("valeur"),
					rs.getString("motif"), rs.getBoolean("rejet")));
		}, id);
	}

	private static ImportVue vue(ResultSet rs, int n) throws SQLException {
		Bilan bilan = new Bilan(rs.getInt("lignes"), rs.getInt("nouvelles"), rs.getInt("modifiees"),
				rs.getInt("inchangees"), rs.getInt("rejetees"), rs.getInt("avertissements"));
		return new ImportVue(rs.getLong("id"), TypeImport.valueOf(rs.getString("type")), rs.getString("nom_fichier"),
				rs.getInt("taille"), options(rs), StatutImport.valueOf(rs.getString("statut")),
				rs.getString("nom_affiche"), instant(rs, "cree_le"), instant(rs, "debut"), instant(rs, "fin"),
				rs.getInt("traitees"), bilan, rs.getString("message"),
				Correspondance.lire(rs.getString("correspondance")));
	}

	private static OptionsDeLecture options(ResultSet rs) throws SQLException {
		String separateur = rs.getString("separateur");
		return new OptionsDeLecture(Encodage.valueOf(rs.getString("encodage")),
				separateur == null || separateur.isEmpty() ? ',' : separateur.charAt(0), rs.getBoolean("avec_entete"));
	}

	private static Instant instant(ResultSet rs, String colonne) throws SQLException {
		Timestamp t = rs.getTimestamp(colonne);
		return t == null ? null : t.toInstant();
	}

	/** What a run reads. */
	record Fichier(TypeImport type, byte[] contenu, OptionsDeLecture options, Map<String, String> correspondance,
			String auteur) {
	}

}
